# Syntax garbage 55: "b'\\xff' + 'é'".
# hostile-args: run "$IN"
# hostile-setup: printf 'b\047\134xff\047 + \047\303\251\047' > "$IN"
# hostile-exit: 1
# hostile-stderr: TypeError: can't concat str to bytes
