# An exception (or a strange result) in a special method: as python3.
# hostile-exit: 1
# hostile-stderr: ValueError: r
class A:
    def __repr__(self):
        raise ValueError("r")
print([1, A()])
