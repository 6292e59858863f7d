# Syntax garbage 4: 'if x:\nelse:\n  pass\n'.
# hostile-args: run "$IN"
# hostile-setup: printf 'if x:\012else:\012  pass\012' > "$IN"
# hostile-exit: 1
# hostile-stderr: IndentationError: expected an indented block after 'if' statement on line 1
