# A deeply nested structure: repr, compare, hash, copy or free as python3 does.
# hostile-exit: 0
# hostile-stdout: ok
# hostile-timeout: 30
# hostile-env: REFVIZ_SELFCHECK=0
a = []
for i in range(50000):
    a = [a]
del a
print("ok")
