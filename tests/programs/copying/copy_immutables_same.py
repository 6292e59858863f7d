# copy.copy returns immutable objects themselves.
import copy
t = (1, [2])
print(copy.copy(t) is t)  # expect: True
s = 'text'
print(copy.copy(s) is s)  # expect: True
n = 10 ** 20
print(copy.copy(n) is n)  # expect: True
fs = frozenset({1, 2})
print(copy.copy(fs) is fs)  # expect: True
r = range(5)
print(copy.copy(r) is r)  # expect: True
print(copy.copy(None) is None)  # expect: True
f = 2.5
print(copy.copy(f) is f)  # expect: True
