# __init__ of a container subclass: the class's own replaces list's (the
# list stays empty unless it calls super().__init__ or list.__init__);
# without one, list.__init__ fills it from the call's argument.


class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name


class Empty(list):
    def __init__(self, items):
        self.given = items


n = Named('nums', [3, 1, 2])
e = Empty([1, 2])
print(n, n.name, e, e.given, len(e))  # expect: [3, 1, 2] nums [] [1, 2] 0


class Limited(Named):
    def __init__(self, name, limit):
        Named.__init__(self, name)
        self.limit = limit

    def append(self, item):
        if len(self) >= self.limit:
            raise OverflowError('full')
        super().append(item)


lim = Limited('small', 2)
lim.append('a')
lim.append('b')
try:
    lim.append('c')
except OverflowError as err:
    print('refused:', err)  # expect: refused: full
print(lim, lim.__dict__, isinstance(lim, Named), Limited.__mro__[1:3])  # expect: ['a', 'b'] {'name': 'small', 'limit': 2} True (<class '__main__.Named'>, <class 'list'>)
lim.__init__('again', 5)
print(lim, lim.name, lim.limit)  # expect: [] again 5


class Config(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.loaded = True


c = Config({'a': 1}, b=2)
print(c, c.loaded, Config(), Config([('x', 0)]))  # expect: {'a': 1, 'b': 2} True {} {'x': 0}
list.__init__(n, 'xy')
dict.__init__(c, z=26)
print(n, c)  # expect: ['x', 'y'] {'a': 1, 'b': 2, 'z': 26}


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    def swap(self):
        return Pair(self[1], self[0])


p = Pair(1, 2)
p.label = 'pt'
print(p, p.swap(), p.label, type(p.swap()).__name__, p == (1, 2), p.__dict__)  # expect: (1, 2) (2, 1) pt Pair True {'label': 'pt'}
