# refviz trace expand on a delta step with two entries for one frame: the
# second replaced the first's variables, which leaked (LeakSanitizer); the
# line is refused (found by fuzz/).
# hostile-setup: printf '%s\n%s\n%s\n' '{"format":"refviz-delta","version":1,"source":{"name":"s.py","path":"s.py","code":"x = 1\\n"},"lesson":null,"python":"3.11"}' '{"l":1,"f":[{"i":0,"fn":"<module>","id":1,"v":[["x",1]]},{"i":0,"fn":"<module>","id":1,"v":[["x",1]]}],"c":[]}' '{"end":true,"steps":1,"error":null}' > "$IN"
# hostile-args: trace expand "$IN"
# hostile-exit: 3
# hostile-stderr-has: frame 0 has two entries
