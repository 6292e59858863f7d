# A 1 MB string literal.
# hostile-args: run "$IN"
# hostile-setup: awk 'BEGIN { printf "s = \""; for (i = 0; i < 1048576; i++) printf "x"; print "\""; print "print(len(s))" }' > "$IN"
# hostile-exit: 0
# hostile-stdout: 1048576
