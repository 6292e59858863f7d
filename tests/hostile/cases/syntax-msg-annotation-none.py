# SyntaxError message as python3 gives it: None: int = 1
# hostile-args: run "$IN"
# hostile-setup: printf 'None: int = 1' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: illegal target for annotation
