# Equal int constants in one file are one object.
x = 1000
y = 1000
print(x is y)  # expect: True
a = -1000
b = -1000
print(a is b)  # expect: True
c = 300
d = c
print(c is d)  # expect: True
e = int('1000')
print(e == x, e is x)  # expect: True False
