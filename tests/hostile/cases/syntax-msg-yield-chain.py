# SyntaxError message as python3 gives it: def f():\n    x = yield = 1
# hostile-args: run "$IN"
# hostile-setup: printf 'def f():\n    x = yield = 1' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: assignment to yield expression not possible
