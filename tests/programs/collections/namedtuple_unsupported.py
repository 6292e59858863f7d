# namedtuple builds a class: outside refviz's subset.
from collections import namedtuple
Point = namedtuple('Point', 'x y')  # expect-refviz-error: refviz: unsupported: collections.namedtuple (namedtuple_unsupported.py:3)
