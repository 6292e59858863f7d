# Tabs and spaces mixed inconsistently.
# hostile-args: run "$IN"
# hostile-setup: printf 'if 1:\012\011x = 1\012        y = 2\012' > "$IN"
# hostile-exit: 1
# hostile-stderr: TabError: inconsistent use of tabs and spaces in indentation
