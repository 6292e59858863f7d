# a = b = [] binds both names to one list.
a = b = []
print(a is b)  # expect: True
a.append(1)
print(b)  # expect: [1]
b.append(2)
print(a)  # expect: [1, 2]
a = [9]
print(b)  # expect: [1, 2]
print(a is b)  # expect: False
