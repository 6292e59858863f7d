# Recursion through a special method: RecursionError as in python3.
# hostile-exit: 1
# hostile-stderr: RecursionError: maximum recursion depth exceeded
class A:
    def __radd__(self, o):
        return o + self
1 + A()
