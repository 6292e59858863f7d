# An empty program.
# hostile-args: run "$IN"
# hostile-setup: printf '' > "$IN"
# hostile-exit: 0
