# t += (1,) builds a new tuple.
t = (0,)
before = t
t += (1,)
print(t, before)  # expect: (0, 1) (0,)
print(t is before)  # expect: False
t += ()
print(t)  # expect: (0, 1)
