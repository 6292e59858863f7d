# A form feed at the start of an indented line resets the column.
# hostile-args: run "$IN"
# hostile-setup: printf 'if 1:\012\014    x = 1\012    print(x)\012' > "$IN"
# hostile-exit: 0
# hostile-stdout: 1
