# deepcopy reproduces a cycle.
import copy
b = [1]
b.append(b)
print(b)  # expect: [1, [...]]
c = copy.deepcopy(b)
print(c)  # expect: [1, [...]]
print(c[1] is c)  # expect: True
print(c is b, c[1] is b)  # expect: False False
