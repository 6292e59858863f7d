from collections import deque
d = deque()
d.maxlen = 3  # expect-error: AttributeError: attribute 'maxlen' of 'collections.deque' objects is not writable
