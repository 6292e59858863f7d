# del removes the name, not the object another name still refers to.
a = [1, 2]
b = a
del a
print(b)  # expect: [1, 2]
x = 5
del x
x = 6
print(x)  # expect: 6
