# Float constants are shared per file; 0.0 and -0.0 are distinct.
a = 1.5
b = 1.5
print(a is b)  # expect: True
print(float('1.5') is float('1.5'))  # expect: False
c = 0.0
d = -0.0
print(c is d, c == d)  # expect: False True
e = 1
f = 1.0
print(e is f, e == f)  # expect: False True
g = 1e3
h = 1000.0
print(g is h)  # expect: True
