import weakref
d = weakref.WeakValueDictionary()
s = {1}
f = frozenset({2})
d['a'] = s
d['b'] = f
print(len(d), d['a'] is s, 'a' in d, 'z' in d)  # expect: 2 True True False
print(sorted(d))  # expect: ['a', 'b']
print(d.get('b') is f, d.get('z'), d.get('z', 0))  # expect: True None 0
