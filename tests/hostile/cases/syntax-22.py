# Syntax garbage 22: 'nonlocal x'.
# hostile-args: run "$IN"
# hostile-setup: printf 'nonlocal x' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: nonlocal declaration not allowed at module level
