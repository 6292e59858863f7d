# A handler runs while the frames the exception left are alive: their
# variables die after it.
class R:
    def __del__(self): print("del")
def f(r):
    return 1 / 0
try:
    f(R())
except ZeroDivisionError:
    print("handler")
print("after")
def g(items):
    return items[0]
try:
    g([])
except IndexError as e:
    print(type(e).__name__)
print('end')
# expect: handler
# expect: del
# expect: after
# expect: IndexError
# expect: end
