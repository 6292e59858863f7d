# lesson list with a FIFO named like a lesson in a lesson folder: skipped,
# not opened (opening it would block).
# hostile-args: lesson list
# hostile-setup: mkdir L && mkfifo L/fifo.py && printf '# title: Mine\n# summary: s\nx = 1\n' > L/mine.py
# hostile-env: REFVIZ_LESSON_PATH=$TMP/L
# hostile-exit: 0
# hostile-stdout: mine                     Mine
# hostile-timeout: 10
