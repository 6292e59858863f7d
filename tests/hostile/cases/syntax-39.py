# Syntax garbage 39: 'x = 1 \\ 2'.
# hostile-args: run "$IN"
# hostile-setup: printf 'x = 1 \134 2' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: unexpected character after line continuation character
