import weakref
weakref.ref(True)  # expect-error: TypeError: cannot create weak reference to 'bool' object
