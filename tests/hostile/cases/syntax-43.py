# Syntax garbage 43: 'print "hello"'.
# hostile-args: run "$IN"
# hostile-setup: printf 'print "hello"' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?
