# 20,000 statements.
# hostile-args: run "$IN"
# hostile-setup: awk 'BEGIN { for (i = 0; i < 20000; i++) print "x = " i; print "print(x)" }' > "$IN"
# hostile-exit: 0
# hostile-stdout: 19999
# hostile-timeout: 60
