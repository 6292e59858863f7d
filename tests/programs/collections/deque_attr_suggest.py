from collections import deque
deque().apend(1)  # expect-error: AttributeError: 'collections.deque' object has no attribute 'apend'. Did you mean: 'append'?
