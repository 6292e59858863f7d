class Pair(tuple):
    def first(self):
        return self[0]
p = Pair([1, 2])
print(p, repr(p), len(p), p == (1, 2), type(p).__name__, p.first(), isinstance(p, tuple))
class Named(Pair):
    __slots__ = ()
    def __repr__(self):
        return 'Named' + tuple.__repr__(self)
print(Named('ab'), Named('ab').first(), Named() == ())
# expect: (1, 2) (1, 2) 2 True Pair 1 True
# expect: Named('a', 'b') a True
