# A deeply nested structure: repr, compare, hash, copy or free as python3 does.
# hostile-exit: 0
# hostile-stdout: True
# hostile-timeout: 30
# hostile-env: REFVIZ_SELFCHECK=0
a = frozenset()
for i in range(10000):
    a = frozenset([a])
print(hash(a) == hash(a))
