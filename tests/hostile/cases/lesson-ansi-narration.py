# An OSC sequence (sets the terminal's title) in a narration: refused.
# hostile-args: lesson "$TMP/evil.py" --no-pager
# hostile-setup: printf '# title: T\n# summary: s\n#: look \033]0;pwned\007 here\nx = 1\n' > evil.py
# hostile-exit: 2
# hostile-stderr-has: evil.py:3: the narration contains a control character (\x1b)
