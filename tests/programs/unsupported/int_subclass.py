# Classes can derive from list, dict, set, frozenset, str, tuple and deque;
# an int or float subclass is outside refviz's model, and it says so.
class Meters(int):
    pass
# expect-refviz-error: refviz: unsupported: subclassing the built-in type 'int' (int_subclass.py:3)
