# PySequence_Fast (str.join, slice assignment) asks the object for an iterator,
# then that iterator for one: a class whose __iter__ returns self sees two calls.
class C:
    def __init__(s, n): s.n = n
    def __iter__(s): print('iter'); return s
    def __next__(s):
        if s.n == 0: raise StopIteration
        s.n -= 1; return str(s.n)
print('join', ','.join(C(2)))
print('tuple', tuple(C(1)))
print('sorted', sorted(C(2)))
print('set', set(C(1)))
print('min', min(C(2)))
print('dict', dict.fromkeys(C(1)))
a, b = C(2)
print('unpack', a, b)
print('star', [*C(1)])
print('any', any(C(1)))
print('enumerate', list(enumerate(C(1))))
print('zip', list(zip(C(1), C(1))))
print('map', list(map(str, C(1))))
print('sum', sum(int(x) for x in C(2)))
print('deque')
import collections
print(collections.deque(C(1)))
print(collections.Counter(C(1)))
l = []
l[:] = C(1)
print('setslice', l)
l[::1] = C(1)
print('extslice', l)
print('str in', '0' in C(1))
print('frozenset', frozenset(C(1)))
for bad in (5, [1]):
    try:
        ','.join(bad)
    except TypeError as e:
        print(e)
try:
    l[::1] = 5
except TypeError as e:
    print(e)
try:
    l[:] = 5
except TypeError as e:
    print(e)
l = [1, 2, 3, 4]
l[::2] = l[:2]
l[:] = l
l[::-1] = l
print(l)
# expect: iter
# expect: iter
# expect: join 1,0
# expect: iter
# expect: tuple ('0',)
# expect: iter
# expect: sorted ['0', '1']
# expect: iter
# expect: set {'0'}
# expect: iter
# expect: min 0
# expect: iter
# expect: dict {'0': None}
# expect: iter
# expect: unpack 1 0
# expect: iter
# expect: star ['0']
# expect: iter
# expect: any True
# expect: iter
# expect: enumerate [(0, '0')]
# expect: iter
# expect: iter
# expect: zip [('0', '0')]
# expect: iter
# expect: map ['0']
# expect: iter
# expect: sum 1
# expect: deque
# expect: iter
# expect: deque(['0'])
# expect: iter
# expect: Counter({'0': 1})
# expect: iter
# expect: iter
# expect: setslice ['0']
# expect: iter
# expect: iter
# expect: extslice ['0']
# expect: iter
# expect: str in True
# expect: iter
# expect: frozenset frozenset({'0'})
# expect: can only join an iterable
# expect: sequence item 0: expected str instance, int found
# expect: can only assign an iterable
# expect: can only assign an iterable
# expect: [4, 2, 2, 1]
