# SyntaxError message as python3 gives it: (a, b) += 1
# hostile-args: run "$IN"
# hostile-setup: printf '(a, b) += 1' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: 'tuple' is an illegal expression for augmented assignment
