# A 1 MB comment line.
# hostile-args: run "$IN"
# hostile-setup: awk 'BEGIN { printf "#"; for (i = 0; i < 1048576; i++) printf "x"; print ""; print "print(1)" }' > "$IN"
# hostile-exit: 0
# hostile-stdout: 1
