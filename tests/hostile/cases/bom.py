# A UTF-8 byte-order mark before the program.
# hostile-args: run "$IN"
# hostile-setup: printf '\357\273\277print(1)\012' > "$IN"
# hostile-exit: 0
# hostile-stdout: 1
