# refviz trace expand on a delta step whose nf is 1e300: its conversion to
# a 64-bit integer was undefined behaviour (UBSan); the line is refused
# (found by fuzz/).
# hostile-setup: printf '%s\n%s\n%s\n' '{"format":"refviz-delta","version":1,"source":{"name":"s.py","path":"s.py","code":"x = 1\\n"},"lesson":null,"python":"3.11"}' '{"l":1,"nf":1e300,"f":[{"i":0,"fn":"<module>","id":1,"v":[]}],"c":[]}' '{"end":true,"steps":1,"error":null}' > "$IN"
# hostile-args: trace expand "$IN"
# hostile-exit: 3
# hostile-stderr-has: nf is out of range
