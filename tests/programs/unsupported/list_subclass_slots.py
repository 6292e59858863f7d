# A class deriving from a built-in container may declare empty __slots__
# (no __dict__); slots with names are outside refviz's model.
class Point3(list):
    __slots__ = ('label',)
# expect-refviz-error: refviz: unsupported: __slots__ other than () in a subclass of the built-in type 'list' (list_subclass_slots.py:3)
