# An overlong UTF-8 encoding of /.
# hostile-args: run "$IN"
# hostile-setup: printf 'x = "\300\257"\012' > "$IN"
# hostile-exit: 1
# hostile-stderr-has: SyntaxError: Non-UTF-8 code starting with '\xc0'
