# A caught exception keeps the frames it passed through, and their
# variables, alive until the handler is done (CPython's traceback holds
# them): __del__ runs after the handler, or when a saved exception goes.
class R:
    def __del__(self): print("del")
def f(r):
    return 1 / 0
try:
    f(R())
except ZeroDivisionError:
    print("handler")
print("after")
try:
    f(R())
except ZeroDivisionError as e:
    saved = e
print("saved")
del saved
print("end")
def g(items):
    return items[0]
try:
    g([])
except IndexError:
    pass
print('x')
# expect: handler
# expect: del
# expect: after
# expect: saved
# expect: del
# expect: end
# expect: x
