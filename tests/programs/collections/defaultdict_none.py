# Without a factory a missing key is a KeyError.
from collections import defaultdict
d = defaultdict(None, {'a': 1})
print(d, d.default_factory)  # expect: defaultdict(None, {'a': 1}) None
d['b']  # expect-error: KeyError: 'b'
