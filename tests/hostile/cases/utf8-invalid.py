# Invalid UTF-8 in a string literal.
# hostile-args: run "$IN"
# hostile-setup: printf 'x = "\377"\012' > "$IN"
# hostile-exit: 1
# hostile-stderr-has: SyntaxError: Non-UTF-8 code starting with '\xff'
# hostile-known: source text not yet read as CPython's tokenizer reads it (issue 14)
