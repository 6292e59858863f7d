# Constant folding has size limits: larger results are computed at run time.
a = 2 ** 64
b = 2 ** 64
print(a is b)  # expect: True
c = 2 ** 70
d = 2 ** 70
print(c is d)  # expect: False
print(c == d)  # expect: True
e = 'a' * 20
f = 'a' * 20
print(e is f)  # expect: True
g = 'a' * 5000
h = 'a' * 5000
print(g is h, g == h)  # expect: False True
