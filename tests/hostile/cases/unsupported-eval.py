# Outside the model: the built-in eval.
# hostile-args: run --engine model "$CASE"
# hostile-exit: 1
# hostile-stderr-has: refviz: unsupported: the built-in eval
print(eval("1 + 1"))
