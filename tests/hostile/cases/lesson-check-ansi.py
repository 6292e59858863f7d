# refviz check lists control characters among the lesson's problems.
# hostile-args: check "$TMP/evil.py"
# hostile-setup: printf '# title: T\n# summary: s\n#: look \033[31m red\nx = 1\n' > evil.py
# hostile-exit: 1
# hostile-stdout: line 3: the narration contains a control character (\x1b), which would reach the terminal
