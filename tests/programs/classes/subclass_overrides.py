# Dunders a list subclass defines replace list's for those operations
# only: the others stay list's.


class Vector(list):
    def __add__(self, other):
        return Vector(a + b for a, b in zip(self, other))

    def __eq__(self, other):
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None


v = Vector([1, 2])
w = Vector([10, 20])
print(v + w, type(v + w).__name__, v + [5, 5], [5, 5] + v, type([5, 5] + v).__name__)  # expect: [11, 22] Vector [6, 7] [5, 5, 1, 2] list
print(v * 2, type(v * 2).__name__, 2 * v, v == [1, 2], v != [1, 2], v < [1, 3], v != w)  # expect: [1, 2, 1, 2] list [1, 2, 1, 2] True False True True
v += [3]
print(v, type(v).__name__)  # expect: [1, 2, 3] Vector


class OneBased(list):
    def __getitem__(self, i):
        return super().__getitem__(i - 1)

    def __setitem__(self, i, value):
        super().__setitem__(i - 1, value)

    def __contains__(self, item):
        print('contains', item)
        return list.__contains__(self, item)

    def __len__(self):
        return super().__len__() + 100


o = OneBased('abc')
print(o[1], o[3], list(o), [c for c in o], o.index('b'), len(o), bool(OneBased()))  # expect: a c ['a', 'b', 'c'] ['a', 'b', 'c'] 1 103 True
o[1] = 'A'
del o[0]
print(o, 'A' in o, 'c' in o, o.__len__(), list.__len__(o))  # expect: contains A
# expect: contains c
# expect: ['b', 'c'] False True 102 2
print(sorted(o), max(o), o.pop(), o)  # expect: ['b', 'c'] c c ['b']


class Counted(list):
    count_calls = 0

    def append(self, item):
        Counted.count_calls += 1
        super().append(item)

    def __iter__(self):
        print('iter')
        return super().__iter__()


k = Counted()
k.append(1)
k.extend([2, 3])
k += [4]
print(k, Counted.count_calls, list(k), sum(k), [x * 2 for x in k])  # expect: iter
# expect: iter
# expect: iter
# expect: [1, 2, 3, 4] 1 [1, 2, 3, 4] 10 [2, 4, 6, 8]
for x in k:  # expect: iter
    pass
print(x, k[1:], len(k))  # expect: 4 [2, 3, 4] 4


class Ordered(list):
    def __lt__(self, other):
        return len(self) < len(other)


print(Ordered([9]) < Ordered([1, 2]), Ordered([9]) <= [1, 2], sorted([Ordered([1, 2]), Ordered([5])]))  # expect: True False [[5], [1, 2]]
