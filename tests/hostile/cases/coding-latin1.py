# A latin-1 source file (PEP 263 declaration on line 1): strings, comments
# and names read as latin-1.
# hostile-args: run "$IN"
# hostile-setup: printf '# -*- coding: latin-1 -*-\n# \351t\351\ns = "caf\351 \243"\nprint(ascii(s), len(s))\nna\357ve = 1\nprint(ascii([n for n in globals() if n.startswith("na")]))\n' > "$IN"
# hostile-exit: 0
# hostile-stdout: 'caf\xe9 \xa3' 6
# hostile-stdout: ['na\xefve']
