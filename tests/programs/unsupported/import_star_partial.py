# from m import * where refviz's m lacks a public name CPython's has
# would bind fewer names than python3: it is refused, naming the first.
print('before')  # expect: before
from string import *
# expect-refviz-error: refviz: unsupported: from string import * (refviz does not model string.Formatter) (import_star_partial.py:4)
