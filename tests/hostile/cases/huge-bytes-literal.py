# A bytes literal of a megabyte.
# hostile-args: run "$IN"
# hostile-setup: awk 'BEGIN { printf "x = b\""; for (i = 0; i < 1000000; i++) printf "a"; print "\""; print "print(len(x))" }' > "$IN"
# hostile-exit: 0
# hostile-stdout: 1000000
