# Recursion through a special method: RecursionError as in python3.
# hostile-exit: 1
# hostile-stderr: RecursionError: maximum recursion depth exceeded
class A:
    def __iter__(self):
        return self
    def __next__(self):
        return next(self)
list(A())
