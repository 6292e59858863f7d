# Tabs, then tabs plus spaces, consistently: runs as in python3.
# hostile-args: run "$IN"
# hostile-setup: printf 'if 1:\012\011x = 1\012\011if x:\012\011        print(x)\012' > "$IN"
# hostile-exit: 0
# hostile-stdout: 1
