# sys.getsizeof of a class: a class whose instances have their own
# __dict__ also caches the shared keys for them (1688 bytes in 3.11).
import sys
from collections import namedtuple
class A:
    pass
class B(A):
    def method(self):
        pass
class S:
    __slots__ = ('x', 'y')
class E(Exception):
    pass
print(sys.getsizeof(A), sys.getsizeof(B), sys.getsizeof(S), sys.getsizeof(E))
print(sys.getsizeof(namedtuple('P', 'x y')), sys.getsizeof(int), sys.getsizeof(list))
# expect: 1688 1688 920 920
# expect: 920 424 424
