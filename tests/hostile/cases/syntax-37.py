# Syntax garbage 37: 'if 1:\n\tx = 1\n        y = 2'.
# hostile-args: run "$IN"
# hostile-setup: printf 'if 1:\012\011x = 1\012        y = 2' > "$IN"
# hostile-exit: 1
# hostile-stderr: TabError: inconsistent use of tabs and spaces in indentation
