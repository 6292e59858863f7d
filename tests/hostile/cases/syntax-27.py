# Syntax garbage 27: 'try:\n  pass\n'.
# hostile-args: run "$IN"
# hostile-setup: printf 'try:\012  pass\012' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: expected 'except' or 'finally' block
