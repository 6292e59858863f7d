# refviz trace expand on a delta trace whose step line is 1e300: converting
# it to an int was undefined behaviour (UBSan); it is refused as a
# non-number is, and the step takes the line before's (found by fuzz/).
# hostile-setup: printf '%s\n%s\n%s\n' '{"format":"refviz-delta","version":1,"source":{"name":"s.py","path":"s.py","code":"x = 1\\n"},"lesson":null,"python":"3.11"}' '{"l":1e300,"f":[{"i":0,"fn":"<module>","id":1,"v":[]}],"c":[]}' '{"end":true,"steps":1,"error":{"type":"E","message":"m","line":-1e300}}' > "$IN"
# hostile-args: trace expand "$IN"
# hostile-exit: 0
