# in tests keys, not values.
d = {'a': 1, 2: 'b'}
print('a' in d, 1 in d)  # expect: True False
print(2 in d, 'b' in d)  # expect: True False
print('b' in d.values())  # expect: True
print('z' not in d)  # expect: True
