# While list.sort calls the key, the list looks empty, and its size shows
# CPython's allocated = -1; a key that appends makes the sort fail.
import sys
xs = [3, 1, 2]
def key(v):
    print(sys.getsizeof(xs), xs)
    return v
xs.sort(key=key)
print(xs, sys.getsizeof(xs))
def appending(v):
    xs.append(1)
    print(sys.getsizeof(xs))
    return v
try:
    xs.sort(key=appending)
except ValueError as e:
    print(e, xs, sys.getsizeof(xs))
# expect: 48 []
# expect: 48 []
# expect: 48 []
# expect: [1, 2, 3] 88
# expect: 88
# expect: 88
# expect: 88
# expect: list modified during sort [1, 2, 3] 88
