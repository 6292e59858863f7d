# lesson list shows a title's escape sequence escaped, not raw.
# hostile-args: lesson list
# hostile-setup: mkdir L && printf '# title: Evil\033[2J\n# summary: s\nx = 1\n' > L/evil.py
# hostile-env: REFVIZ_LESSON_PATH=$TMP/L
# hostile-exit: 0
# hostile-stdout: evil                     Evil\x1b[2J
