# A lesson name nobody wrote.
# hostile-args: lesson no-such-lesson
# hostile-exit: 2
# hostile-stderr: refviz: error: no lesson named 'no-such-lesson' (try 'refviz lesson list')
