# x = 1 + \ then CRLF and the end of the file: python3's SyntaxError at
# the continuation (the model said "invalid syntax" on a line 2).
# hostile-args: run "$IN"
# hostile-setup: printf 'x = 1 + \\\r\n' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: unexpected EOF while parsing
# hostile-stderr-has: line 1
