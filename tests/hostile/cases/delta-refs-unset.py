# refviz trace expand on a delta record of a new list claiming 3 references
# but storing 1: the other two were left unset and read (UBSan: a bool
# holding 190); a record must store every reference its object did not
# have before (found by fuzz/).
# hostile-setup: printf '%s\n%s\n%s\n' '{"format":"refviz-delta","version":1,"source":{"name":"s.py","path":"s.py","code":"y = [7]\\n"},"lesson":null,"python":"3.11"}' '{"l":1,"f":[{"i":0,"fn":"<module>","id":1,"v":[["y",1011]]}],"c":[[1011,"list",64,17,null,null,0,3,[[0,68,0]]],[68,"int",28,770,7,7]]}' '{"end":true,"steps":1,"error":null}' > "$IN"
# hostile-args: trace expand "$IN"
# hostile-exit: 3
# hostile-stderr-has: new references are not all stored
