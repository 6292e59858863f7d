print("before")  # expect: before
def f():
    return 1
# expect-refviz-error: refviz: unsupported: function definitions (def) (def_statement.py:2)
