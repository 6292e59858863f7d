# An exception (or a strange result) in a special method: as python3.
# hostile-exit: 0
# hostile-stdout: True 1
class K:
    def __hash__(self):
        return 10 ** 100
print(hash(K()) == hash(10 ** 100), len({K(): 1}))
