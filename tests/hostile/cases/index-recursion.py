# __index__ that recurses, used as a list subscript: CPython's
# RecursionError (the model called no __index__ and raised a TypeError).
# hostile-exit: 1
# hostile-stderr: RecursionError: maximum recursion depth exceeded
class A:
    def __index__(self):
        return [1, 2][self]
[1, 2][A()]
