# refviz trace expand on a delta trace whose float's repr is not a number:
# the JSON trace writes a float's repr as its value, so the output was not
# JSON; such a record is refused (found by fuzz/, which checks that every
# JSON trace parses).
# hostile-setup: printf '%s\n%s\n%s\n' '{"format":"refviz-delta","version":1,"source":{"name":"s.py","path":"s.py","code":"y = 2.5\\n"},"lesson":null,"python":"3.11"}' '{"l":1,"f":[{"i":0,"fn":"<module>","id":1,"v":[["y",1000]]}],"c":[[1000,"float",24,1282,"2value5","2.5"]]}' '{"end":true,"steps":1,"error":null}' > "$IN"
# hostile-args: trace expand "$IN"
# hostile-exit: 3
# hostile-stderr-has: a float record's repr is not a number
