# A deeply nested structure: repr, compare, hash, copy or free as python3 does.
# hostile-exit: 1
# hostile-stderr: RecursionError: maximum recursion depth exceeded in comparison
# hostile-timeout: 30
# hostile-env: REFVIZ_SELFCHECK=0
a = []
b = []
for i in range(10000):
    a = [a]
    b = [b]
print(sorted([a, b]) is None)
