# An exception (or a strange result) in a special method: as python3.
# hostile-exit: 0
# hostile-stderr: RuntimeError: gc
# hostile-stdout: ok
class A:
    def __del__(self):
        raise RuntimeError("gc")
a = A()
a.me = a
del a
import gc
gc.collect()
print("ok")
