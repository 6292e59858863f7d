from collections import Counter
Counter(5)  # expect-error: TypeError: 'int' object is not iterable
