# in on sets uses hashing.
s = {1, 2, 3}
print(2 in s, 5 in s)  # expect: True False
print(2.0 in s)  # expect: True
print('a' in {'a', 'b'})  # expect: True
print(4 not in s)  # expect: True
