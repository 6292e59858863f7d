# A UTF-8 BOM with a latin-1 declaration: python3 refuses the pair.
# hostile-args: run "$IN"
# hostile-setup: printf '\357\273\277# coding: latin-1\nprint(1)\n' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: encoding problem: iso-8859-1 with BOM
