# Classes deriving from set and frozenset: set_repr names the class, the
# operators give plain sets, frozenset's hash is kept.
import sys


class Bag(set):
    def add_all(self, *items):
        for item in items:
            self.add(item)
        return self


b = Bag()
print(b, repr(b), len(b), type(b).__name__)  # expect: Bag() Bag() 0 Bag
b.add_all(3, 1, 2)
print(b, 2 in b, 5 in b, sorted(b))  # expect: Bag({1, 2, 3}) True False [1, 2, 3]
b.discard(2)
b.owner = 'me'
print(b, b.owner, b | {9}, type(b | {9}).__name__, type(b - {1}).__name__, b & {1, 7})  # expect: Bag({1, 3}) me {1, 3, 9} set set {1}
b |= {4}
b -= {3}
print(b, type(b).__name__, b == {1, 4}, {1, 4} == b, b <= {1, 4, 5}, b.issubset([1, 4]))  # expect: Bag({1, 4}) Bag True True True True
print(b.copy(), type(b.copy()).__name__, b.union([8]), type(b.union()).__name__)  # expect: {1, 4} set {8, 1, 4} set
print(Bag('abca') == set('abc'), Bag([1, 2]).isdisjoint({3}))  # expect: True True
print(sys.getsizeof(Bag()), sys.getsizeof(set()), sys.getsizeof(Bag(range(10))))  # expect: 232 216 744


class Frozen(frozenset):
    def describe(self):
        return 'frozen ' + str(sorted(self))


f = Frozen([3, 1])
print(f, f.describe(), hash(f) == hash(frozenset({1, 3})), {f: 'v'}[frozenset({1, 3})])  # expect: Frozen({1, 3}) frozen [1, 3] True v
print(f | {2}, type(f | {2}).__name__, f.copy() is f, type(f.copy()).__name__, Frozen())  # expect: frozenset({1, 2, 3}) frozenset False frozenset Frozen()
g = Frozen(x for x in 'ab')
print(sorted(g), len(g), type(g).__name__, f == frozenset({1, 3}), sys.getsizeof(f))  # expect: ['a', 'b'] 2 Frozen True 232
b.clear()
print(b, b.owner)  # expect: Bag() me
