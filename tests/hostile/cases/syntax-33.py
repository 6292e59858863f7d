# Syntax garbage 33: 'global x\nx = 1\ndef g():\n  x = 1\n  global x\n'.
# hostile-args: run "$IN"
# hostile-setup: printf 'global x\012x = 1\012def g():\012  x = 1\012  global x\012' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: name 'x' is assigned to before global declaration
