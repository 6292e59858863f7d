# `from collections import *` binds ChainMap, OrderedDict, UserDict, ...
# which refviz does not model: the program would go on without variables
# python3 has, so refviz says so at the import.
from collections import *
# expect-refviz-error: refviz: unsupported: from collections import * (refviz does not model collections.ChainMap) (import_star_partial.py:4)
