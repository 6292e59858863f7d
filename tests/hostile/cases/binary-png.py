# A PNG header given as a program.
# hostile-args: run "$IN"
# hostile-setup: printf '\211PNG\015\012\032\012\000\000\000\015IHDR\000\000' > "$IN"
# hostile-exit: 1
# hostile-stderr-has: SyntaxError: Non-UTF-8 code starting with '\x89'
