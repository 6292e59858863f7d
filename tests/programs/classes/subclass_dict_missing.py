# dict's d[key] calls a subclass's __missing__ for a key it lacks; get(),
# `in` and setdefault do not.
import sys


class Tally(dict):
    def __missing__(self, key):
        return 0


t = Tally()
for word in 'the cat and the hat'.split():
    t[word] += 1
print(t, t['dog'], len(t), 'dog' in t, t.get('dog'), type(t).__name__)  # expect: {'the': 2, 'cat': 1, 'and': 1, 'hat': 1} 0 4 False None Tally
print(t.most if hasattr(t, 'most') else 'no most', sorted(t.items()))  # expect: no most [('and', 1), ('cat', 1), ('hat', 1), ('the', 2)]


class Grid(dict):
    def __missing__(self, key):
        cell = self[key] = []
        return cell


g = Grid()
g[1, 2].append('x')
g[1, 2].append('y')
g[0, 0]
print(g, list(g), list(g.keys()), len(g))  # expect: {(1, 2): ['x', 'y'], (0, 0): []} [(1, 2), (0, 0)] [(1, 2), (0, 0)] 2
print(g == {(1, 2): ['x', 'y'], (0, 0): []}, isinstance(g, dict))  # expect: True True
print(sys.getsizeof(Tally()), sys.getsizeof({}))  # expect: 88 64
g.label = 'grid'
print(g.label, g.pop((0, 0)), g)  # expect: grid [] {(1, 2): ['x', 'y']}


class Strict(dict):
    def __missing__(self, key):
        raise KeyError('no ' + repr(key))


s = Strict(a=1)
print(s['a'], s.get('b', 2))  # expect: 1 2
try:
    s['b']
except KeyError as e:
    print('KeyError', e)  # expect: KeyError "no 'b'"
print(dict.__getitem__(Tally(), 'q'), super(Tally, Tally()).__getitem__('q'))  # expect: 0 0
