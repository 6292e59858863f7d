# A list display of more than 30 items is built empty and appended to
# (CPython's compiler keeps the stack under 30 slots), so it is
# over-allocated; up to 30 items it is built exact.
import sys

a, b = 1, 2
thirty = [a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b]
thirty_one = [a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a]
print(len(thirty), sys.getsizeof(thirty))  # expect: 30 296
print(len(thirty_one), sys.getsizeof(thirty_one))  # expect: 31 312
t = (a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a)
s = {a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a}
print(len(t), sys.getsizeof(t), s, sys.getsizeof(s))  # expect: 31 288 {1, 2} 216
