# __eq__ that calls itself.
# hostile-exit: 1
# hostile-stderr: RecursionError: maximum recursion depth exceeded
class A:
    def __eq__(self, other):
        return self == other
print(A() == A())
