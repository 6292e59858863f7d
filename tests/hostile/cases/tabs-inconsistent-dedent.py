# Eight spaces, then a tab at the same level: TabError.
# hostile-args: run "$IN"
# hostile-setup: printf 'if 1:\012        x = 1\012\011print(x)\012' > "$IN"
# hostile-exit: 1
# hostile-stderr: TabError: inconsistent use of tabs and spaces in indentation
