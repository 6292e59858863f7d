# id() is equal exactly when two names refer to one object.
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b))  # expect: True
print(id(a) == id(c))  # expect: False
print(id(a[0]) == id(c[0]))  # expect: True
print(type(id(a)))  # expect: <class 'int'>
b.append(3)
print(id(a) == id(b))  # expect: True
b = b + [4]
print(id(a) == id(b))  # expect: False
