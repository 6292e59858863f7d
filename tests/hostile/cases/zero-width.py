# A zero-width space in a name.
# hostile-args: run "$IN"
# hostile-setup: printf 'a\342\200\213 = 1\012' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: invalid non-printable character U+200B
