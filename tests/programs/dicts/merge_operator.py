# d1 | d2 makes a new dict; the right side wins.
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
c = a | b
print(c)  # expect: {'x': 1, 'y': 20, 'z': 30}
print(a)  # expect: {'x': 1, 'y': 2}
print(c is a)  # expect: False
print(b | a)  # expect: {'y': 2, 'z': 30, 'x': 1}
