# A tuple is immutable, but a list inside it is not.
t = ([1, 2], 'x')
inner = t[0]
t[0].append(3)
print(t)  # expect: ([1, 2, 3], 'x')
print(t[0] is inner)  # expect: True
t[0][0] = 'changed'
print(t)  # expect: (['changed', 2, 3], 'x')
t[0] = [9]  # expect-error: TypeError: 'tuple' object does not support item assignment
