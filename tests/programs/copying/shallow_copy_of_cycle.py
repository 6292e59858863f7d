# A shallow copy of a self-referencing list refers to the original.
import copy
a = [1]
a.append(a)
b = copy.copy(a)
print(b[1] is a, b[1] is b)  # expect: True False
print(b)  # expect: [1, [1, [...]]]
