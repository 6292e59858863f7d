# CRLF line endings.
# hostile-args: run "$IN"
# hostile-setup: printf 'x = 1\015\012print(x)\015\012' > "$IN"
# hostile-exit: 0
# hostile-stdout: 1
