# A NUL byte in a lesson is refused with its line.
# hostile-args: lesson "$TMP/nul.py" --no-pager
# hostile-setup: printf '# title: T\n# summary: s\nx = 1\n#: a\000b\ny = 2\n' > nul.py
# hostile-exit: 2
# hostile-stderr-has: nul.py:4: the lesson contains a NUL byte
