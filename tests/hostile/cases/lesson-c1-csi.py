# A C1 control (U+009B, CSI: ESC [ on many terminals) in a narration: refused.
# hostile-args: lesson "$TMP/evil.py" --no-pager
# hostile-setup: printf '# title: T\n# summary: s\n#: a \302\2332J b\nx = 1\n' > evil.py
# hostile-exit: 2
# hostile-stderr-has: evil.py:3: the narration contains a control character (\x9b)
