# A lesson name that climbs out of the lesson folders.
# hostile-args: lesson ../../etc/passwd
# hostile-exit: 2
# hostile-stderr: refviz: error: '../../etc/passwd' is not a lesson: a lesson is a NAME (letters, digits, '-' and '_') or a FILE.py
