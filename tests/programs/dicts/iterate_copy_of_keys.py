# Iterating over list(d) allows changing the dict.
d = {'a': 1, 'b': 2, 'c': 3}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)  # expect: {'b': 2}
d2 = {'x': 1}
for k in d2:
    d2[k] = 100
print(d2)  # expect: {'x': 100}
