import weakref
s = {1}
r = weakref.ref(s)
print(r == r)  # expect: True
r < r  # expect-error: TypeError: '<' not supported between instances of 'weakref.ReferenceType' and 'weakref.ReferenceType'
