import weakref
s = {1}
r = weakref.ref(s)
r(x=1)  # expect-error: TypeError: weakref() takes no keyword arguments
