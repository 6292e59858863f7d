import weakref
weakref.ref(range(3))  # expect-error: TypeError: cannot create weak reference to 'range' object
