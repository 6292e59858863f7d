# Syntax garbage 57: "u'a' b'b'".
# hostile-args: run "$IN"
# hostile-setup: printf 'u\047a\047 b\047b\047' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: cannot mix bytes and nonbytes literals
