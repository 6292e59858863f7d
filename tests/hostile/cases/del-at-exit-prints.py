# A __del__ of an object alive at exit runs at shutdown and prints, as in
# python3, when the program's output goes to stdout (no trace format).
# hostile-exit: 0
# hostile-stdout: end
# hostile-stdout: del A
class A:
    def __del__(self):
        print("del A")
a = A()
print("end")
