import weakref, sys
s = {1}
r = weakref.ref(s)
print(sys.getsizeof(r))  # expect: 80
del s
print(sys.getsizeof(r))  # expect: 80
