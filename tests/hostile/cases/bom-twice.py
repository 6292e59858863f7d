# Two byte-order marks.
# hostile-args: run "$IN"
# hostile-setup: printf '\357\273\277\357\273\277print(1)\012' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: invalid non-printable character U+FEFF
