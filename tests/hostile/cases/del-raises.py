# A __del__ that raises: reported and ignored.
# hostile-exit: 0
# hostile-stderr: ValueError: in del
# hostile-stdout: after
class A:
    def __del__(self):
        raise ValueError("in del")
a = A()
del a
print("after")
