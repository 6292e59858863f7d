import os
# expect-refviz-error: refviz: unsupported: import os (unknown_module.py:1)
