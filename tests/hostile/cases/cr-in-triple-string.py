# A lone CR inside a triple-quoted string: a newline, as python3 reads it.
# hostile-args: run "$IN"
# hostile-setup: printf 'x = """a\015b"""\012print(repr(x))\012' > "$IN"
# hostile-exit: 0
# hostile-stdout: 'a\nb'
