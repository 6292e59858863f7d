from collections import defaultdict
d = defaultdict()
print(d)  # expect: defaultdict(None, {})
d[1]  # expect-error: KeyError: 1
