# dict.update and dict(...) with keys whose __hash__/__eq__ are program code,
# and from a generator of pairs.
class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name)
    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name
def pairs():
    yield 'a', [1]
    yield 'b', [2]
d = {}
d.update(pairs())
print(d)  # expect: {'a': [1], 'b': [2]}
k1, k2 = Key('x'), Key('y')
e = {k1: 1}
e.update({k2: 2, Key('x'): 3})
print(len(e), e[k1], e[k2])  # expect: 2 3 2
f = dict(pairs(), c=[3])
print(f)  # expect: {'a': [1], 'b': [2], 'c': [3]}
s = {k1}
s.update([k2, Key('x')])
print(len(s))  # expect: 2
