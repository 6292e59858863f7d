from collections import defaultdict
defaultdict(5)  # expect-error: TypeError: first argument must be callable or None
