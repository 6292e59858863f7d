# A hex literal of a million digits (no digit limit): python3 reads it at
# once; refviz was quadratic before.
# hostile-args: run "$IN"
# hostile-setup: awk 'BEGIN { printf "x = 0x"; for (i = 0; i < 200000; i++) printf "f"; print ""; print "print(x.bit_length())" }' > "$IN"
# hostile-exit: 0
# hostile-stdout: 800000
# hostile-timeout: 10
# hostile-env: REFVIZ_SELFCHECK=0
