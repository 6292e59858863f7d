# list.insert and list.pop take a C ssize_t: an int past it is CPython's
# OverflowError, not the IndexError a subscript raises.
a = [1, 2]
try:
    a.insert(-10 ** 30, 0)
except OverflowError as e:
    print(e)  # expect: Python int too large to convert to C ssize_t
try:
    a.pop(10 ** 30)
except OverflowError as e:
    print(e)  # expect: Python int too large to convert to C ssize_t
try:
    a[10 ** 30]
except IndexError as e:
    print(e)  # expect: cannot fit 'int' into an index-sized integer
print(a)  # expect: [1, 2]
