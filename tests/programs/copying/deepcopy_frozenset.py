# deepcopy of a frozenset builds a new one; copy.copy does not.
import copy
fs = frozenset([1, 2])
print(copy.copy(fs) is fs)  # expect: True
d = copy.deepcopy(fs)
print(d == fs, d is fs)  # expect: True False
