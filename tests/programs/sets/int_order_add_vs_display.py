# The same ints added one by one or written as a constant display.
s = set()
for i in [33, 1, 17, 9]:
    s.add(i)
print(s)  # expect: {33, 9, 1, 17}
print({33, 1, 17, 9})  # expect: {33, 17, 9, 1}
print(s == {33, 1, 17, 9})  # expect: True
print(sorted(s))  # expect: [1, 9, 17, 33]
