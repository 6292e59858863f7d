import weakref
s = {1}
r = weakref.ref(s)
print(type(r))  # expect: <class 'weakref.ReferenceType'>
print(type(r).__name__)  # expect: ReferenceType
print(weakref.ref is weakref.ReferenceType, type(r) is weakref.ref)  # expect: True True
print(isinstance(r, weakref.ref), callable(r))  # expect: True True
