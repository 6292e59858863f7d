import weakref
weakref.ref(slice(1))  # expect-error: TypeError: cannot create weak reference to 'slice' object
