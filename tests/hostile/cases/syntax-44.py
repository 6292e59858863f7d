# Syntax garbage 44: 'exec "code"'.
# hostile-args: run "$IN"
# hostile-setup: printf 'exec "code"' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: Missing parentheses in call to 'exec'. Did you mean exec(...)?
