# Augmented assignment on an item or slice target.
lst = [1, [2]]
lst[0] += 10
print(lst)  # expect: [11, [2]]
inner = lst[1]
lst[1] += [3]
print(lst[1] is inner)  # expect: True
d = {'n': 0}
d['n'] += 1
d['n'] += 1
print(d)  # expect: {'n': 2}
