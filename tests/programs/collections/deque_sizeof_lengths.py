# A deque is a chain of 64-slot blocks: 760 bytes with one block, 528 more per block.
import sys
from collections import deque
print([sys.getsizeof(deque(range(n))) for n in [0, 1, 62, 63, 64, 126, 127, 128, 200]])  # expect: [760, 760, 760, 760, 1288, 1288, 1288, 1816, 2344]
print(sys.getsizeof(deque()), sys.getsizeof(deque(maxlen=1000)))  # expect: 760 760
