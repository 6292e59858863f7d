# The repr of a list nested 100,000 deep.
# hostile-exit: 1
# hostile-stderr: RecursionError: maximum recursion depth exceeded while getting the repr of an object
# hostile-timeout: 10
# hostile-known: under a selfcheck (sanitizer) build every step is recorded and replayed, and the replay writes a bounded repr of each of the 100,000 lists at every snapshot up to its budget: over the time limit under ASan (release build: about a second)
a = []
for i in range(100000):
    a = [a]
print(repr(a)[:5])
