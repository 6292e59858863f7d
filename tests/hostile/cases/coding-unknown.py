# An unknown encoding name: python3's SyntaxError.
# hostile-args: run "$IN"
# hostile-setup: printf '# -*- coding: klingon -*-\nprint(1)\n' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: encoding problem: klingon
