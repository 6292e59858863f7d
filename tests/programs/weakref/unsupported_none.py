import weakref
weakref.ref(None)  # expect-error: TypeError: cannot create weak reference to 'NoneType' object
