# CPython 3.11's CALL moves a Python function's arguments (and the function
# itself) off the caller's stack into the new frame: rebinding a parameter
# frees a temporary argument at once, not when the call returns.
import sys

def rebind(x):
    x = 0
    print('rebound')
    return x

rebind([1, 2])

class Box:
    def take(self, item, *, tag=None):
        item = None
        tag = None
        return sys.getrefcount(self)

    @classmethod
    def make(cls, parts):
        parts = ()
        return cls

    @staticmethod
    def drop(thing):
        thing = 1
        return thing

b = Box()
print(b.take([3], tag=[4]))
m = b.take
print(m([5]))
print(Box.make([6]) is Box, b.drop({7: 8}))

def gen(seq):
    seq = None
    yield 1

g = gen([9])
print(next(g))

def outer(a, *rest, **kw):
    a = rest = kw = None
    return 'done'

print(outer([1], [2], k=[3]))
print((lambda f: f is None)(lambda: 0))
# expect: rebound
# expect: 3
# expect: 4
# expect: True 1
# expect: 1
# expect: done
# expect: False
