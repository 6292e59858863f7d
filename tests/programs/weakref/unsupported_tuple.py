import weakref
weakref.ref(())  # expect-error: TypeError: cannot create weak reference to 'tuple' object
