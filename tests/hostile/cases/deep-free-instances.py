# A deeply nested structure: repr, compare, hash, copy or free as python3 does.
# hostile-exit: 0
# hostile-stdout: ok
# hostile-timeout: 30
# hostile-env: REFVIZ_SELFCHECK=0
class N:
    pass
a = None
for i in range(50000):
    n = N()
    n.next = a
    a = n
n = a = None
print("ok")
