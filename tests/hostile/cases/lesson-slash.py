# A lesson name with a slash.
# hostile-args: lesson a/b
# hostile-exit: 2
# hostile-stderr-has: refviz: error: 'a/b' is not a lesson
