# __repr__ that calls itself.
# hostile-exit: 1
# hostile-stderr: RecursionError: maximum recursion depth exceeded while calling a Python object
class A:
    def __repr__(self):
        return repr(self)
print(A())
