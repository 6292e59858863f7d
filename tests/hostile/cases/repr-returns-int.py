# An exception (or a strange result) in a special method: as python3.
# hostile-exit: 1
# hostile-stderr: TypeError: __repr__ returned non-string (type int)
class A:
    def __repr__(self):
        return 5
print([A()])
