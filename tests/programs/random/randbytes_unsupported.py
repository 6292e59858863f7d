# randbytes needs bytes, which refviz does not model.
import random

print(type(random.randbytes).__name__)  # expect: method
random.randbytes(4)
# expect-refviz-error: refviz: unsupported: random.randbytes() (refviz does not model bytes) (randbytes_unsupported.py:5)
