# A form feed in the indentation.
# hostile-args: run "$IN"
# hostile-setup: printf 'if 1:\012  \014  x = 1\012print(2)\012' > "$IN"
# hostile-exit: 0
# hostile-stdout: 2
