# An empty '# title:' is refused.
# hostile-args: lesson "$TMP/empty.py" --no-pager
# hostile-setup: printf '# title:\n# summary: s\nx = 1\n' > empty.py
# hostile-exit: 2
# hostile-stderr-has: empty.py:1: '# title:' is empty
