import weakref
s = {1}
r = weakref.ref(s)
hash(r)  # expect-error: TypeError: unhashable type: 'set'
