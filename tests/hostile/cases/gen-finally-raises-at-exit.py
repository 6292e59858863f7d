# A suspended generator whose finally block raises at shutdown: reported as
# python3 reports it ("Exception ignored in: <generator ...>", then the
# error), and the program's status stays 0.
# hostile-exit: 0
# hostile-stdout: end
# hostile-stderr-has: Exception ignored in: <generator object g at
# hostile-stderr: ValueError: in finally
def g():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
it = g()
next(it)
print("end")
