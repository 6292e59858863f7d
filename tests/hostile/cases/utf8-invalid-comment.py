# Invalid UTF-8 in a comment.
# hostile-args: run "$IN"
# hostile-setup: printf '# \303(\012print(1)\012' > "$IN"
# hostile-exit: 1
# hostile-stderr-has: SyntaxError: Non-UTF-8 code starting with '\xc3'
