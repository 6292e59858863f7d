# SyntaxError message as python3 gives it: f() += 1
# hostile-args: run "$IN"
# hostile-setup: printf 'f() += 1' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: 'function call' is an illegal expression for augmented assignment
