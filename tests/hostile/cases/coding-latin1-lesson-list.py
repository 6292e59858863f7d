# lesson list reads a latin-1 lesson's title as latin-1 (UTF-8 on output).
# hostile-args: lesson list
# hostile-setup: mkdir L && printf '# coding: latin-1\n# title: Caf\351\n# summary: s\nx = 1\n' > L/cafe.py
# hostile-env: REFVIZ_LESSON_PATH=$TMP/L
# hostile-exit: 0
# hostile-stdout: cafe                     Café
