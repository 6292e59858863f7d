import os
# expect-refviz-error: refviz: unsupported: import os (refviz does not model the module os) (unknown_module.py:1)
