# b = a copies nothing: both names refer to the same list.
a = [1, 2, 3]
b = a
print(a is b)  # expect: True
b[0] = 100
print(a)  # expect: [100, 2, 3]
del b[1]
print(a)  # expect: [100, 3]
print(len(a), len(b))  # expect: 2 2
