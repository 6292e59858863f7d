# A __del__ that creates new objects, also at exit.
# hostile-exit: 0
# hostile-stdout: del [<class '__main__.A'>]
class A:
    def __del__(self):
        self.x = [A]
        print("del", self.x)
        B()
class B:
    def __init__(self):
        self.me = self
    def __del__(self):
        print("B del")
for i in range(3):
    a = A()
import gc
gc.collect()
keep = A()
