# Syntax garbage 53: 'def f():\n  return\n  yield from'.
# hostile-args: run "$IN"
# hostile-setup: printf 'def f():\012  return\012  yield from' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: invalid syntax
