# A standard library module refviz does not model is refused, naming it:
# the program must not take its ImportError branch, which python3 never
# takes.
try:
    import json
except ImportError:
    json = None
print(json is None)
# expect-refviz-error: refviz: unsupported: import json (refviz does not model the module json) (import_error_branch.py:5)
