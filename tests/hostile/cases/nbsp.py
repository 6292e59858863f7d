# A no-break space where a space should be.
# hostile-args: run "$IN"
# hostile-setup: printf 'x\302\240= 1\012' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: invalid non-printable character U+00A0
