# heapq.py's pure-Python helpers are not modelled: using one is refused,
# naming it, rather than raising an AttributeError python3 would not.
import heapq
h = [3, 1]
heapq._siftdown(h, 0, 1)
# expect-refviz-error: refviz: unsupported: heapq._siftdown (private_unsupported.py:5)
