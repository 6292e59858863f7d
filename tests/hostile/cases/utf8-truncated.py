# A truncated UTF-8 sequence at the end.
# hostile-args: run "$IN"
# hostile-setup: printf 'x = 1 # \342\202' > "$IN"
# hostile-exit: 1
# hostile-stderr-has: SyntaxError: Non-UTF-8 code starting with '\xe2'
