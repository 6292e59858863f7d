# A lesson FILE.py that does not exist.
# hostile-args: lesson ../nope.py
# hostile-exit: 2
# hostile-stderr: refviz: error: '../nope.py' is not a lesson: no such file
