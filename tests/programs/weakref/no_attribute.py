import weakref
s = {1}
r = weakref.ref(s)
r.foo  # expect-error: AttributeError: 'weakref.ReferenceType' object has no attribute 'foo'
