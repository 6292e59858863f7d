# A dict subclass overriding __setitem__: d[k] = v goes through it, and so
# do fromkeys and setdefault's cousin d[k] = v in a method; the built-in
# methods (update, setdefault, the constructor) store directly, as
# CPython's dict does.


class LowerDict(dict):
    def __setitem__(self, key, value):
        print('set', key)
        super().__setitem__(key.lower(), value)

    def __delitem__(self, key):
        print('del', key)
        dict.__delitem__(self, key.lower())


d = LowerDict(Apple=1)
print(d)  # expect: {'Apple': 1}
d['Banana'] = 2  # expect: set Banana
d.update({'Cherry': 3}, Date=4)
d.setdefault('Elder', 5)
print(d, len(d), 'banana' in d, d['banana'])  # expect: {'Apple': 1, 'banana': 2, 'Cherry': 3, 'Date': 4, 'Elder': 5} 5 True 2
del d['BANANA']  # expect: del BANANA
print(d, d.pop('Cherry'), d)  # expect: {'Apple': 1, 'Date': 4, 'Elder': 5} 3 {'Apple': 1, 'Date': 4, 'Elder': 5}
e = LowerDict.fromkeys(['X', 'Y'], 0)  # expect: set X
# expect: set Y
print(e, type(e).__name__)  # expect: {'x': 0, 'y': 0} LowerDict
print(dict(d), type(dict(d)).__name__, {**d}, d | {'z': 1}, type(d | {}).__name__)  # expect: {'Apple': 1, 'Date': 4, 'Elder': 5} dict {'Apple': 1, 'Date': 4, 'Elder': 5} {'Apple': 1, 'Date': 4, 'Elder': 5, 'z': 1} dict
d |= {'Q': 9}
print(d, type(d).__name__)  # expect: {'Apple': 1, 'Date': 4, 'Elder': 5, 'Q': 9} LowerDict


class Logged(dict):
    def __getitem__(self, key):
        print('get', key)
        return super().__getitem__(key)


g = Logged(a=1, b=2)
print(g['a'], g.get('b'), list(g.values()), [k for k in g])  # expect: get a
# expect: 1 2 [1, 2] ['a', 'b']
print(sorted(g.items()), g == {'a': 1, 'b': 2}, g.copy(), type(g.copy()).__name__)  # expect: [('a', 1), ('b', 2)] True {'a': 1, 'b': 2} dict
