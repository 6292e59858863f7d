# An imaginary literal of 5,000 nines: infj.
# hostile-args: run "$IN"
# hostile-setup: awk 'BEGIN { printf "print(1"; for (i = 0; i < 5000; i++) printf "9"; print "j)" }' > "$IN"
# hostile-exit: 0
# hostile-stdout: infj
