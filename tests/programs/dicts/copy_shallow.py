# dict.copy is shallow: list values are shared.
d = {'nums': [1, 2], 'n': 0}
c = d.copy()
print(c == d, c is d)  # expect: True False
c['nums'].append(3)
c['n'] = 99
print(d)  # expect: {'nums': [1, 2, 3], 'n': 0}
print(c['nums'] is d['nums'])  # expect: True
d2 = dict(d)
print(d2['nums'] is d['nums'])  # expect: True
