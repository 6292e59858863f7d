# A deeply nested structure: repr, compare, hash, copy or free as python3 does.
# hostile-exit: 1
# hostile-stderr: RecursionError: maximum recursion depth exceeded while calling a Python object
# hostile-timeout: 30
# hostile-env: REFVIZ_SELFCHECK=0
import copy
a = []
for i in range(10000):
    a = [a]
copy.deepcopy(a)
