# An ANSI escape sequence in a lesson's title: refused with file:line, never
# sent to the terminal.
# hostile-args: lesson "$TMP/evil.py" --no-pager
# hostile-setup: printf '# title: Evil\033[2J\n# summary: s\nx = 1\n' > evil.py
# hostile-exit: 2
# hostile-stderr-has: evil.py:1: the title contains a control character (\x1b), which would reach the terminal
