# memoryview.cast reinterprets memory as other C types: not modelled.
view = memoryview(bytearray(8))
ints = view.cast('i')
# expect-refviz-error: refviz: unsupported: memoryview.cast() (unsupported_cast.py:3)
