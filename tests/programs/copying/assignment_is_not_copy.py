# Assignment is not a copy.
import copy
a = [1, [2]]
b = a
c = copy.copy(a)
a[0] = 99
a[1].append(3)
print(b)  # expect: [99, [2, 3]]
print(c)  # expect: [1, [2, 3]]
