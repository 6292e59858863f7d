# Instances of a tuple subclass have a __dict__ in CPython unless the
# class declares __slots__; refviz's tuples have none, and says so.
class Pair(tuple):
    pass
p = Pair([1, 2])
print(p)  # expect: (1, 2)
p.label = 'x'
# expect-refviz-error: refviz: unsupported: attributes on instances of a tuple subclass without __slots__ (tuple_subclass_attribute.py:7)
