# A deeply nested structure: repr, compare, hash, copy or free as python3 does.
# hostile-exit: 1
# hostile-stderr: RecursionError: maximum recursion depth exceeded while getting the repr of an object
# hostile-timeout: 30
# hostile-env: REFVIZ_SELFCHECK=0
a = {}
for i in range(10000):
    a = {1: a}
print(str(a)[:10])
