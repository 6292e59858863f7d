# An exception (or a strange result) in a special method: as python3.
# hostile-exit: 0
# hostile-stderr: RuntimeError: exit True
# hostile-stdout: end
class A:
    def __del__(self):
        raise RuntimeError("exit " + str(id(self) > 0))
a = A()
b = A()
a.b = b
b.a = a
print("end")
