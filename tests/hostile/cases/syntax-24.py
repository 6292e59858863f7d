# Syntax garbage 24: 'lambda: (yield)'.
# hostile-args: run "$IN"
# hostile-setup: printf 'lambda: (yield)' > "$IN"
# hostile-exit: 0
