import weakref
s = {1}
r = weakref.ref(s)
r(1)  # expect-error: TypeError: weakref expected 0 arguments, got 1
