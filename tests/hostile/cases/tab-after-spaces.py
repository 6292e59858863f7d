# Spaces then a tab as indentation, the same on each line.
# hostile-args: run "$IN"
# hostile-setup: printf 'if 1:\012    \011x = 1\012    \011print(x)\012' > "$IN"
# hostile-exit: 0
# hostile-stdout: 1
