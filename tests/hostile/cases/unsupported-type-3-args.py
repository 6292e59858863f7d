# Outside the model: type() with 3 arguments.
# hostile-args: run --engine model "$CASE"
# hostile-exit: 1
# hostile-stderr-has: refviz: unsupported: type() with 3 arguments
X = type("X", (), {})
