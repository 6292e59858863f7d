# Inside a function sys.getrefcount counts as CPython does: the call's
# arguments moved into the frame, not also held by the caller.
import sys
class C:
    def m(self, a):
        print(sys.getrefcount(self), sys.getrefcount(a))
def f(x):
    z = x
    print(sys.getrefcount(x), sys.getrefcount(lst), sys.getrefcount(z))
lst = []
print(sys.getrefcount(lst))  # expect: 2
f(lst)  # expect: 4 4 4
f([])  # expect: 3 2 3
c = C()
c.m(lst)  # expect: 3 3
bound = c.m
bound(lst)  # expect: 4 3
