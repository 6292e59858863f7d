# The repr of a list nested 100,000 deep.
# hostile-exit: 1
# hostile-stderr: RecursionError: maximum recursion depth exceeded while getting the repr of an object
# hostile-timeout: 10
# hostile-env: REFVIZ_SELFCHECK=0
a = []
for i in range(100000):
    a = [a]
print(repr(a)[:5])
