# A malformed number literal: '1e+'.
# hostile-args: run "$IN"
# hostile-setup: printf '1e+' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: invalid decimal literal
