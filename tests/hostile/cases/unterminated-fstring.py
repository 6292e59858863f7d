# An f-string whose replacement field never closes.
# hostile-args: run "$IN"
# hostile-setup: printf 'f"{1\012' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: unterminated string literal (detected at line 1)
