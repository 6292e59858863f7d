# Invalid UTF-8 inside a string literal.
# hostile-args: run "$IN"
# hostile-setup: printf 'x = "\377\376"\012' > "$IN"
# hostile-exit: 1
# hostile-stderr-has: SyntaxError: Non-UTF-8 code starting with '\xff'
