# SyntaxError message as python3 gives it: f(True=1)
# hostile-args: run "$IN"
# hostile-setup: printf 'f(True=1)' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: cannot assign to True
