# A container changed while it is iterated, sorted or searched: as python3.
# hostile-exit: 1
# hostile-stderr: ValueError: list.remove(x): x not in list
# hostile-stdout: False 0 []
class K:
    def __eq__(self, o):
        del a[:]
        return False
a = [1, 2, 3]
print(K() in a, a.count(K()), a)
a = [1, 2]
a.remove(K())
