import weakref
weakref.ref(object())  # expect-error: TypeError: cannot create weak reference to 'object' object
