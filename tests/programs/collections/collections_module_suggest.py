import collections
collections.dequ  # expect-error: AttributeError: module 'collections' has no attribute 'dequ'. Did you mean: 'deque'?
