# A declaration on line 2 after a line of code does not count (python3).
# hostile-args: run "$IN"
# hostile-setup: printf 'x = 1\n# coding: latin-1\nprint("\351")\n' > "$IN"
# hostile-exit: 1
# hostile-stderr-has: SyntaxError: Non-UTF-8 code starting with '\xe9' in file
# hostile-stderr-has: on line 3, but no encoding declared; see https://peps.python.org/pep-0263/ for details
