# lesson list with a symlink to /dev/zero in a lesson folder: skipped, not
# read until memory runs out.
# hostile-args: lesson list
# hostile-setup: mkdir L && ln -s /dev/zero L/zero.py && printf '# title: Mine\n# summary: s\nx = 1\n' > L/mine.py
# hostile-env: REFVIZ_LESSON_PATH=$TMP/L
# hostile-exit: 0
# hostile-stdout: mine                     Mine
# hostile-timeout: 10
# hostile-memory: 1000000
