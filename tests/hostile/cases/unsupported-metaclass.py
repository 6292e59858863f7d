# Outside the model: subclassing the built-in type 'type'.
# hostile-args: run --engine model "$CASE"
# hostile-exit: 1
# hostile-stderr-has: refviz: unsupported: subclassing the built-in type 'type'
class M(type):
    pass
