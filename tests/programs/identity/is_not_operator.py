# is not is one operator: a is not b == not (a is b).
a = [1]
b = a
c = [1]
print(a is not b)  # expect: False
print(a is not c)  # expect: True
print(not a is c)  # expect: True
x = None
print(x is not None)  # expect: False
