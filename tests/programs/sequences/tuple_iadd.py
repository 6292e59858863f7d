# t += ([],) makes a new tuple; the list inside is shared, not copied.
t = (1,)
old = t
empty = []
t += (empty,)
print(t)  # expect: (1, [])
print(t is old, old)  # expect: False (1,)
print(t[1] is empty)  # expect: True
t[1].append('x')
print(t, empty)  # expect: (1, ['x']) ['x']
