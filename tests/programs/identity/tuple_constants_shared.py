# Equal constant tuples are one object; tuples with a list are built at run time.
a = (1, 2, 3)
b = (1, 2, 3)
print(a is b)  # expect: True
outer = ((1, 2), 3)
inner = (1, 2)
print(outer[0] is inner)  # expect: True
c = (1, [])
d = (1, [])
print(c is d, c == d)  # expect: False True
e = tuple([1, 2, 3])
print(e is a, e == a)  # expect: False True
