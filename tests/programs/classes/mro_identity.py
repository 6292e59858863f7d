# A class keeps one __mro__ and one __bases__ tuple (CPython's tp_mro and
# tp_bases): asking twice gives the same object, and the class and its mro
# then keep each other alive until the collector runs.
import gc
import weakref


class A:
    pass


class B(A):
    pass


print(B.__mro__)  # expect: (<class '__main__.B'>, <class '__main__.A'>, <class 'object'>)
print(B.__bases__)  # expect: (<class '__main__.A'>,)
print(B.__mro__ is B.__mro__, B.__bases__ is B.__bases__)  # expect: True True
print(A.__mro__ is B.__mro__)  # expect: False
r = weakref.ref(B)
m = B.__mro__
del B
print(r() is None)  # expect: False
del m
print(r() is None)  # expect: False
gc.collect()
print(r() is None)  # expect: True
