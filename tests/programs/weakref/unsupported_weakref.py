import weakref
weakref.ref(weakref.ref({1}.__class__))  # expect-error: TypeError: cannot create weak reference to 'weakref.ReferenceType' object
