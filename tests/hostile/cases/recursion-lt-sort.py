# Recursion through a special method: RecursionError as in python3.
# hostile-exit: 1
# hostile-stderr: RecursionError: maximum recursion depth exceeded in comparison
class A:
    def __lt__(self, o):
        return self < o
sorted([A(), A()])
