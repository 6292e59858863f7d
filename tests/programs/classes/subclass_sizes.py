# sys.getsizeof of instances of classes deriving from the built-in
# containers and str (CPython 3.11, 64-bit): a __dict__ adds the managed
# dict's pre-header and, where the base has none, a weakref pointer; empty
# __slots__ in every class leave the base's size; a str subclass's text is
# a separate block, and its object has a GC header.
import sys
from collections import deque


class L(list): pass
class D(dict): pass
class S(set): pass
class F(frozenset): pass
class T(tuple): pass
class Q(deque): pass
class N(str): pass


class LS(list): __slots__ = ()
class DS(dict): __slots__ = ()
class SS(set): __slots__ = ()
class TS(tuple): __slots__ = ()
class NS(str): __slots__ = ()
class Sub(L): __slots__ = ()


print(sys.getsizeof(L()), sys.getsizeof(L([1, 2, 3])), sys.getsizeof(LS()), sys.getsizeof(Sub()))  # expect: 80 112 56 80
print(sys.getsizeof(D()), sys.getsizeof(D(a=1)), sys.getsizeof(DS()))  # expect: 88 208 64
print(sys.getsizeof(S()), sys.getsizeof(S(range(8))), sys.getsizeof(F({1})), sys.getsizeof(SS()))  # expect: 232 744 232 216
print(sys.getsizeof(T()), sys.getsizeof(T((1, 2))), sys.getsizeof(TS((1, 2))))  # expect: 48 64 56
print(sys.getsizeof(Q()), sys.getsizeof(Q(range(70))))  # expect: 776 1304
print(sys.getsizeof(N()), sys.getsizeof(N('abc')), sys.getsizeof(NS('abc')), sys.getsizeof(N('ü')))  # expect: 113 116 100 114
print(sys.getsizeof(N('Ω')), sys.getsizeof(N('🙂🙂')))  # expect: 116 124
for cls in (L, D, S, F, T, Q, N, LS, TS, NS, Sub):
    print(cls.__name__, sys.getsizeof(cls))  # expect: L 1688
# expect: D 1688
# expect: S 1688
# expect: F 1688
# expect: T 920
# expect: Q 1688
# expect: N 1688
# expect: LS 920
# expect: TS 920
# expect: NS 920
# expect: Sub 1688
x = L()
x.attr = 1
print(sys.getsizeof(x), hasattr(LS(), '__dict__'), hasattr(Sub(), '__dict__'))  # expect: 80 False True
