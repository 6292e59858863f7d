import weakref
weakref.ref(1)  # expect-error: TypeError: cannot create weak reference to 'int' object
