# Declared cp1252, but a byte cp1252 leaves undefined (0x81).
# hostile-args: run "$IN"
# hostile-setup: printf '# coding: cp1252\nx = "\201"\n' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: encoding problem: cp1252
