import weakref
weakref.ref('a')  # expect-error: TypeError: cannot create weak reference to 'str' object
