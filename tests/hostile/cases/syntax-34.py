# Syntax garbage 34: 'if True:\npass'.
# hostile-args: run "$IN"
# hostile-setup: printf 'if True:\012pass' > "$IN"
# hostile-exit: 1
# hostile-stderr: IndentationError: expected an indented block after 'if' statement on line 1
