# heapq's errors, with CPython's messages.
import heapq

calls = [
    lambda: heapq.heappop([]),
    lambda: heapq.heapreplace([], 1),
    lambda: heapq.heappush((), 1),
    lambda: heapq.heappop(None),
    lambda: heapq.heapify({}),
    lambda: heapq.heappush([]),
    lambda: heapq.heappop(),
    lambda: heapq.heappop([], 1),
    lambda: heapq.heappush([], item=1),
    lambda: heapq.heappush(['a'], 1),
    lambda: heapq.heappushpop([1], 'a'),
    lambda: heapq.nlargest(2),
    lambda: heapq.nlargest(2, [1], None, 4),
    lambda: heapq.nsmallest(2, [1], kee=len),
    lambda: heapq.nsmallest(2, [1], n=3),
    lambda: heapq.nsmallest(),
    lambda: heapq.nlargest(2.5, iter([1])),
    lambda: heapq.nlargest(None, [1]),
    lambda: heapq.merge([1], kee=len),
    lambda: list(heapq.merge([1], 5)),
]
for call in calls:
    try:
        call()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
# expect: IndexError index out of range
# expect: IndexError index out of range
# expect: TypeError heappush() argument 1 must be list, not tuple
# expect: TypeError heappop() argument must be list, not None
# expect: TypeError heapify() argument must be list, not dict
# expect: TypeError heappush expected 2 arguments, got 1
# expect: TypeError _heapq.heappop() takes exactly one argument (0 given)
# expect: TypeError _heapq.heappop() takes exactly one argument (2 given)
# expect: TypeError _heapq.heappush() takes no keyword arguments
# expect: TypeError '<' not supported between instances of 'int' and 'str'
# expect: TypeError '<' not supported between instances of 'int' and 'str'
# expect: TypeError nlargest() missing 1 required positional argument: 'iterable'
# expect: TypeError nlargest() takes from 2 to 3 positional arguments but 4 were given
# expect: TypeError nsmallest() got an unexpected keyword argument 'kee'
# expect: TypeError nsmallest() got multiple values for argument 'n'
# expect: TypeError nsmallest() missing 2 required positional arguments: 'n' and 'iterable'
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: TypeError '>=' not supported between instances of 'NoneType' and 'int'
# expect: TypeError merge() got an unexpected keyword argument 'kee'
# expect: TypeError 'int' object is not iterable


class Shrink:
    """Its comparison empties the heap it is in."""
    def __lt__(self, other):
        h.clear()
        return True


h = [1, 2]
try:
    heapq.heappush(h, Shrink())
except RuntimeError as e:
    print(e)  # expect: list changed size during iteration
h = []
heapq.heappop(h)
# expect-error: IndexError: index out of range
