# typing's objects describe types for annotations; checking a value
# against one is outside refviz's model, and it says so.
from typing import List
print(isinstance([], List))
# expect-refviz-error: refviz: unsupported: isinstance() with typing._SpecialGenericAlias (typing_isinstance.py:4)
