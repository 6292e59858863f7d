import weakref
s = {1}
weakref.ref(s, callback=None)  # expect-error: TypeError: ref() takes no keyword arguments
