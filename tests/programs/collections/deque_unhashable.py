from collections import deque
hash(deque())  # expect-error: TypeError: unhashable type: 'collections.deque'
