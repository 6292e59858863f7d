# Mutation is visible through every reference; rebinding only changes one name.
a = [1, 2]
b = a
a.append(3)
print(b, a is b)  # expect: [1, 2, 3] True
a = a + [4]
print(b, a is b)  # expect: [1, 2, 3] False
x = 'text'
y = x
x = x.upper()
print(y, x)  # expect: text TEXT
