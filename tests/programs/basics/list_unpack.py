# Unpacking into a list target and from any iterable.
[a, b, c] = [1, 2, 3]
print(a, b, c)  # expect: 1 2 3
x, y, z = 'abc'
print(x, y, z)  # expect: a b c
p, q = range(2)
print(p, q)  # expect: 0 1
first, second = {'one': 1, 'two': 2}
print(first, second)  # expect: one two
