import weakref, sys
d = weakref.WeakValueDictionary()
print(repr(d).startswith('<WeakValueDictionary at 0x'))  # expect: True
print(repr(d) == '<WeakValueDictionary at %s>' % hex(id(d)))  # expect: True
print(sys.getsizeof(d))  # expect: 56
print(type(d).__name__)  # expect: WeakValueDictionary
