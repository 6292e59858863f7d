# Outside the model: the built-in exec.
# hostile-args: run --engine model "$CASE"
# hostile-exit: 1
# hostile-stderr-has: refviz: unsupported: the built-in exec
exec("x = 1")
