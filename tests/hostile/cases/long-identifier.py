# An identifier of 200,000 characters.
# hostile-args: run "$IN"
# hostile-setup: awk 'BEGIN { printf "a"; for (i = 0; i < 200000; i++) printf "x"; print " = 1"; print "print(1)" }' > "$IN"
# hostile-exit: 0
# hostile-stdout: 1
