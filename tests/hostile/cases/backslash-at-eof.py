# A file whose last line is a lone backslash continuation: python3's
# SyntaxError (the model ran the lines before and exited 0), with and
# without CRLF, and after an operator.
# hostile-args: run "$IN"
# hostile-setup: printf 'print("before")\n\\\n' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: unexpected EOF while parsing
