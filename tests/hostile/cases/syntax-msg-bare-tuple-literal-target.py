# SyntaxError message as python3 gives it: a, 1 = 2
# hostile-args: run "$IN"
# hostile-setup: printf 'a, 1 = 2' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?
