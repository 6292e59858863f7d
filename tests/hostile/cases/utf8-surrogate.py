# A UTF-8-encoded surrogate.
# hostile-args: run "$IN"
# hostile-setup: printf 'x = "\355\240\200"\012' > "$IN"
# hostile-exit: 1
# hostile-stderr-has: SyntaxError: Non-UTF-8 code starting with '\xed'
