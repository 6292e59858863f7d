# Syntax garbage 23: '"\\N{no such name}"'.
# hostile-args: run "$IN"
# hostile-setup: printf '"\134N{no such name}"' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-15: unknown Unicode character name
