# Extending or appending a list with itself.
a = [1, 2]
a.extend(a)
print(a)  # expect: [1, 2, 1, 2]
b = [1]
b.append(b)
print(b)  # expect: [1, [...]]
print(b[1] is b)  # expect: True
print(len(b))  # expect: 2
