# A CR inside a comment ends the line: the code after it runs.
# hostile-args: run "$IN"
# hostile-setup: printf '# a\015x = 1\012print(x)\012' > "$IN"
# hostile-exit: 0
# hostile-stdout: 1
