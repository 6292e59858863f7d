# Recursion through a special method: RecursionError as in python3.
# hostile-exit: 1
# hostile-stderr: RecursionError: maximum recursion depth exceeded while calling a Python object
class A:
    def __repr__(self):
        return repr([self])
print(A())
