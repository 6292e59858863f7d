# Syntax garbage 21: 'def f(a, a): pass'.
# hostile-args: run "$IN"
# hostile-setup: printf 'def f(a, a): pass' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: duplicate argument 'a' in function definition
