# Outside the model: subscripting the type 'list'.
# hostile-args: run --engine model "$CASE"
# hostile-exit: 1
# hostile-stderr-has: refviz: unsupported: subscripting the type 'list'
x = list[int]
