# is / is not compare identity; in / not in test membership.
a = [1, 2]
b = [1, 2]
c = a
print(a is b, a is c)  # expect: False True
print(a is not b)  # expect: True
print(a == b)  # expect: True
print(2 in a)  # expect: True
print(3 not in a)  # expect: True
print('ell' in 'hello')  # expect: True
print('k' in {'k': 1})  # expect: True
print(1 in {'k': 1})  # expect: False
print([1, 2] in [[1, 2], 3])  # expect: True
print(not 2 in a)  # expect: False
