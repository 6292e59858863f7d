# An exception (or a strange result) in a special method: as python3.
# hostile-exit: 0
# hostile-stdout: ok
keep = []
class A:
    def __del__(self):
        keep.append(self)
a = A()
del a
print(len(keep))
keep.clear()
print("ok")
