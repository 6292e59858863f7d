# Assigning an item replaces one reference.
a = [1, 2, 3]
b = a
item = ['new']
a[1] = item
print(b)  # expect: [1, ['new'], 3]
print(b[1] is item)  # expect: True
a[-1] = a[0]
print(a)  # expect: [1, ['new'], 1]
