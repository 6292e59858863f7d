import weakref
s = {1}
weakref.ref(s, None, 3)  # expect-error: TypeError: __new__ expected at most 2 arguments, got 3
