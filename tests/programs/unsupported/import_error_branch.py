# A standard library module refviz does not model is refused, naming it:
# the program must not take its ImportError branch, which python3 never
# takes.
try:
    import re
except ImportError:
    re = None
print(re is None)
# expect-refviz-error: refviz: unsupported: import re (refviz does not model the module re) (import_error_branch.py:5)
