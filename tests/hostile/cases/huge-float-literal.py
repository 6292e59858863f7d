# A float literal with 100,000 digits: inf, as python3.
# hostile-args: run "$IN"
# hostile-setup: awk 'BEGIN { printf "x = 1"; for (i = 0; i < 100000; i++) printf "0"; print ".5"; print "print(x)" }' > "$IN"
# hostile-exit: 0
# hostile-stdout: inf
