# import copy as an alias.
import copy as cp
a = [[1]]
b = cp.copy(a)
c = cp.deepcopy(a)
print(b[0] is a[0], c[0] is a[0])  # expect: True False
print(cp.copy is cp.copy)  # expect: True
