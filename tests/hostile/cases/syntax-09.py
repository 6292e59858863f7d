# Syntax garbage 9: '"abc'.
# hostile-args: run "$IN"
# hostile-setup: printf '"abc' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: unterminated string literal (detected at line 1)
