# Recursion through a special method: RecursionError as in python3.
# hostile-exit: 1
# hostile-stderr: RecursionError: maximum recursion depth exceeded
class A:
    def __setattr__(self, n, v):
        setattr(self, n, v)
A().x = 1
