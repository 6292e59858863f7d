# Outside the model: the built-in __import__.
# hostile-args: run --engine model "$CASE"
# hostile-exit: 1
# hostile-stderr-has: refviz: unsupported: the built-in __import__
__import__("math")
