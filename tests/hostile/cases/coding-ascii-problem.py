# Declared ascii, but a byte above 0x7f.
# hostile-args: run "$IN"
# hostile-setup: printf '# coding: us-ascii\nx = "\303\251"\n' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: encoding problem: us-ascii
