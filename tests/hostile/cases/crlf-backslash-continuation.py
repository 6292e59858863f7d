# A backslash continuation ended by CRLF.
# hostile-args: run "$IN"
# hostile-setup: printf 'x = 1 + \134\015\0122\012print(x)\012' > "$IN"
# hostile-exit: 0
# hostile-stdout: 3
