import weakref
weakref.ref(1.5)  # expect-error: TypeError: cannot create weak reference to 'float' object
