# Syntax garbage 8: "'''abc".
# hostile-args: run "$IN"
# hostile-setup: printf '\047\047\047abc' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: unterminated triple-quoted string literal (detected at line 1)
