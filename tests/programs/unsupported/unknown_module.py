import functools
# expect-refviz-error: refviz: unsupported: import functools (unknown_module.py:1)
