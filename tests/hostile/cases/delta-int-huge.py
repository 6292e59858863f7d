# refviz trace expand on a delta trace whose int record's value is 1e300:
# its conversion to int64_t was undefined behaviour (UBSan); refused (found
# by fuzz/).
# hostile-setup: printf '%s\n%s\n%s\n' '{"format":"refviz-delta","version":1,"source":{"name":"s.py","path":"s.py","code":"y = 2.5\\n"},"lesson":null,"python":"3.11"}' '{"l":1,"f":[{"i":0,"fn":"<module>","id":1,"v":[["y",1000]]}],"c":[[1000,"int",28,770,1e300,1e300]]}' '{"end":true,"steps":1,"error":null}' > "$IN"
# hostile-args: trace expand "$IN"
# hostile-exit: 3
# hostile-stderr-has: out of range
