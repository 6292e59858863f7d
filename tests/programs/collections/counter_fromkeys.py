from collections import Counter
Counter.fromkeys('abc')  # expect-error: NotImplementedError: Counter.fromkeys() is undefined.  Use Counter(iterable) instead.
