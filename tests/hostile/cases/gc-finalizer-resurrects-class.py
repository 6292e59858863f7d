# A __del__ run by gc.collect() that makes an instance of a class in the
# same garbage: the collector cleared the class anyway (no resurrection
# check after finalizers, PEP 442), and using it crashed (segfault; found
# by fuzz/ from hostile case del-creates-objects).
# hostile-exit: 0
# hostile-stdout: hello B
import gc
def make():
    class B:
        def __init__(self):
            self.me = self
        def hello(self):
            return 'hello'
    class A:
        def __del__(self):
            global saved
            saved = B()
    a = A()
    a.cycle = a
    a.kind = B
make()
gc.collect()
print(saved.hello(), type(saved).__name__)
