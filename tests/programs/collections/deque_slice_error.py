from collections import deque
deque([1, 2])[0:1]  # expect-error: TypeError: sequence index must be integer, not 'slice'
