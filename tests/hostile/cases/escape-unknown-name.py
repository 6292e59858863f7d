# A \N{} escape naming no character.
# hostile-args: run "$IN"
# hostile-setup: printf '"\134N{NOPE}"\012' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name
