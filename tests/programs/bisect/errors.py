# bisect's errors, with CPython's messages.
import bisect

calls = [
    lambda: bisect.bisect_left([1, 2], 1, -1),
    lambda: bisect.insort([1, 2], 1, -1),
    lambda: bisect.bisect_left([1, 2], 1, 0, 10),
    lambda: bisect.bisect_left(5, 1),
    lambda: bisect.bisect_left({1: 2}, 1),
    lambda: bisect.bisect_left({1}, 1),
    lambda: bisect.bisect_left([1], 1, lo=1.5),
    lambda: bisect.bisect_left([1], 1, None),
    lambda: bisect.bisect_left([1], 1, 0, 1.5),
    lambda: bisect.bisect_left([1], 1, 2 ** 70),
    lambda: bisect.bisect_left([1], 1, 0, -2 ** 70),
    lambda: bisect.bisect_left([1]),
    lambda: bisect.bisect_right(),
    lambda: bisect.bisect_left([1], 1, 0, 1, len),
    lambda: bisect.bisect_left([1], 1, 0, 1, key=len, hi=3),
    lambda: bisect.bisect_left([1], 1, foo=2),
    lambda: bisect.insort((1, 2), 1),
    lambda: bisect.insort([3], 1, key=5),
    lambda: bisect.bisect_left([1, 'a'], 2),
]
for call in calls:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
# expect: ValueError lo must be non-negative
# expect: ValueError lo must be non-negative
# expect: IndexError list index out of range
# expect: TypeError object of type 'int' has no len()
# expect: TypeError dict is not a sequence
# expect: TypeError 'set' object does not support indexing
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: TypeError 'NoneType' object cannot be interpreted as an integer
# expect: TypeError argument should be integer or None, not 'float'
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: TypeError bisect_left() missing required argument 'x' (pos 2)
# expect: TypeError bisect_right() missing required argument 'a' (pos 1)
# expect: TypeError bisect_left() takes at most 4 positional arguments (5 given)
# expect: TypeError bisect_left() takes at most 5 arguments (6 given)
# expect: TypeError 'foo' is an invalid keyword argument for bisect_left()
# expect: AttributeError 'tuple' object has no attribute 'insert'
# expect: TypeError 'int' object is not callable
# expect: TypeError '<' not supported between instances of 'str' and 'int'
bisect.insort([2, 1], None)
# expect-error: TypeError: '<' not supported between instances of 'NoneType' and 'int'
