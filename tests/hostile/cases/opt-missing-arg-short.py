# A missing argument to -c.
# hostile-args: run -c
# hostile-exit: 2
# hostile-stderr: refviz: run: option '-c' needs an argument
