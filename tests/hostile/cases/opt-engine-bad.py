# Option misuse: --engine pypy.
# hostile-args: run --engine pypy "$CASE"
# hostile-exit: 2
# hostile-stderr: refviz: --engine is auto, model or cpython, not 'pypy'
x = [1, 2, 3]
