# Syntax garbage 30: '{1: }'.
# hostile-args: run "$IN"
# hostile-setup: printf '{1: }' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: expression expected after dictionary key and ':'
