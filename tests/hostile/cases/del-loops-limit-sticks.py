# A __del__ that loops hits the step limit: the stop is not an ignored
# exception, and the program does not carry on after it.
# hostile-args: run --max-steps 1000 "$CASE"
# hostile-exit: 1
# hostile-stderr-has: refviz: stopped after 1000 steps at
# hostile-timeout: 20
class A:
    def __del__(self):
        while True:
            pass
a = A()
del a
print("after")
while True:
    pass
