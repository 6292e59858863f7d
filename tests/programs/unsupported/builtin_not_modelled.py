# A built-in python3 has and refviz does not model is refused, never a
# NameError that python3 would not raise.
def show():
    return locals()
print(show())
# expect-refviz-error: refviz: unsupported: the built-in locals (builtin_not_modelled.py:4)
