# An unknown command.
# hostile-args: frobnicate
# hostile-exit: 2
# hostile-stderr: refviz: unknown command 'frobnicate'
