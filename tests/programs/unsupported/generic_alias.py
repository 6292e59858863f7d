# list[int] is a types.GenericAlias in python3, which refviz does not model:
# refused, not a TypeError an except clause could catch.
try:
    t = list[int]
except TypeError:
    print('a TypeError python3 would not raise')
# expect-refviz-error: refviz: unsupported: subscripting the type 'list' (generic_alias.py:4)
