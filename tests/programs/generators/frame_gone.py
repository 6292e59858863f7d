# A finished generator has no frame (gi_frame is None).
def g():
    yield 1
it = g()
print(it.gi_frame is None, it.gi_running)
next(it)
print(it.gi_frame is None)
print(list(it), it.gi_frame)
it2 = g()
it2.close()
print(it2.gi_frame, list(it2))
# expect: False False
# expect: False
# expect: [] None
# expect: None []
