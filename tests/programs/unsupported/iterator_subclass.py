# enumerate, zip, map, filter and reversed may be subclassed in CPython;
# refviz does not model such subclasses and says so.
class Numbered(enumerate):
    pass
# expect-refviz-error: refviz: unsupported: subclassing the built-in type 'enumerate' (iterator_subclass.py:3)
