# An __init__ that raises, caught and uncaught.
# hostile-exit: 1
# hostile-stderr: ValueError: no
# hostile-stdout: no
class A:
    def __init__(self):
        self.x = [1]
        raise ValueError("no")
try:
    A()
except ValueError as e:
    print(e)
A()
