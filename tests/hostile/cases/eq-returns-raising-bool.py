# An exception (or a strange result) in a special method: as python3.
# hostile-exit: 1
# hostile-stderr: ZeroDivisionError: bool
class B:
    def __bool__(self):
        raise ZeroDivisionError("bool")
class A:
    def __eq__(self, o):
        return B()
print([A()].count(A()))
