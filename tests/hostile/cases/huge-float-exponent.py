# A float exponent of 10,000 nines: inf.
# hostile-args: run "$IN"
# hostile-setup: awk 'BEGIN { printf "print(1e"; for (i = 0; i < 10000; i++) printf "9"; print ")" }' > "$IN"
# hostile-exit: 0
# hostile-stdout: inf
