# refviz trace expand on a delta step claiming 10^12 bytes of output ("ol"):
# the reader padded the output with NULs up to it, gigabytes; an ol longer
# than its line is refused (found by fuzz/).
# hostile-setup: printf '%s\n%s\n%s\n' '{"format":"refviz-delta","version":1,"source":{"name":"s.py","path":"s.py","code":"x = 1\\n"},"lesson":null,"python":"3.11"}' '{"l":1,"o":"a","ol":1e12,"f":[{"i":0,"fn":"<module>","id":1,"v":[]}],"c":[]}' '{"end":true,"steps":1,"error":null}' > "$IN"
# hostile-args: trace expand "$IN"
# hostile-exit: 3
# hostile-memory: 1000000
# hostile-stderr-has: ol is longer than its line
