# An exception (or a strange result) in a special method: as python3.
# hostile-exit: 0
# hostile-stderr: KeyError: <exception str() failed>
# hostile-stdout: ok
class A:
    def __repr__(self):
        raise ValueError("bad repr")
    def __del__(self):
        raise KeyError(self)
a = A()
del a
print("ok")
