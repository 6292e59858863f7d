# Syntax garbage 58: "rb'\\N{x}'".
# hostile-args: run "$IN"
# hostile-setup: printf 'rb\047\134N{x}\047' > "$IN"
# hostile-exit: 0
