# Generators still suspended inside try/finally when the program ends are
# closed at shutdown as python3 closes them: their finally blocks run (and
# print) after the program's last line.  (No trace-oracle program: the
# CPython engine's tracer ends without closing them.)
# hostile-exit: 0
# hostile-stdout: end
# hostile-stdout: closed a
# hostile-stdout: closed in a list
def numbers(name):
    try:
        yield 1
        yield 2
    finally:
        print("closed", name)
a = numbers("a")
next(a)
held = [numbers("in a list")]
next(held[0])
print("end")
