# A lesson that is a symlink to /dev/zero: not a lesson.
# hostile-args: lesson zero
# hostile-setup: mkdir L && ln -s /dev/zero L/zero.py
# hostile-env: REFVIZ_LESSON_PATH=$TMP/L
# hostile-exit: 2
# hostile-stderr: refviz: error: no lesson named 'zero' (try 'refviz lesson list')
# hostile-timeout: 10
