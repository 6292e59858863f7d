import weakref
weakref.ref()  # expect-error: TypeError: __new__ expected at least 1 argument, got 0
