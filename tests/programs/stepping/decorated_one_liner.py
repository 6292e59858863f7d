# A decorated definition is one statement at its first decorator's line,
# but the def line of a one-line definition belongs to its body's
# statement: the frame moves between the two lines as CPython's line
# events do (make the function: def line; call the decorator: its line).
def deco(fn):
    return fn
@deco
def a(x): return x
@deco
@deco
class C: pass
@deco
def b(x):
    return x
print(a(1), b(2), C.__name__)  # expect: 1 2 C
