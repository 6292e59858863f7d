# Recursion through a special method: RecursionError as in python3.
# hostile-exit: 1
# hostile-stderr: RecursionError: maximum recursion depth exceeded
class A:
    def __delitem__(self, k):
        del self[k]
del A()[0]
