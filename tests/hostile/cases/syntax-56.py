# Syntax garbage 56: "b'é'".
# hostile-args: run "$IN"
# hostile-setup: printf 'b\047\303\251\047' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: bytes can only contain ASCII literal characters
