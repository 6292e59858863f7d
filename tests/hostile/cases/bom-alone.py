# A byte-order mark and nothing else.
# hostile-args: run "$IN"
# hostile-setup: printf '\357\273\277' > "$IN"
# hostile-exit: 0
