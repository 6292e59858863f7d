# SyntaxError message as python3 gives it: x = {1: 2, 3: }
# hostile-args: run "$IN"
# hostile-setup: printf 'x = {1: 2, 3: }' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: expression expected after dictionary key and ':'
