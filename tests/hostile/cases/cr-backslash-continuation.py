# A backslash continuation ended by a lone CR, CR-only lines.
# hostile-args: run "$IN"
# hostile-setup: printf 'x = 1 + \134\0152\015print(x)\015' > "$IN"
# hostile-exit: 0
# hostile-stdout: 3
