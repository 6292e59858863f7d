# A BOM in the middle of the file: an invalid character.
# hostile-args: run "$IN"
# hostile-setup: printf 'x = 1\012\357\273\277y = 2\012' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: invalid non-printable character U+FEFF
