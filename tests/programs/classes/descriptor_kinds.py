# The descriptor and view objects a program can hold: their trace kinds,
# sizes and mutability are CPython's (property, classmethod, staticmethod,
# method, dict views are all mutable objects there).
import sys
class Temp:
    def reset(self):
        self.c = 0
    @property
    def degrees(self):
        return self.c
    @classmethod
    def freezing(cls):
        return cls
    @staticmethod
    def to_f(c):
        return c
t = Temp()
p = Temp.__dict__['degrees']
cm = Temp.__dict__['freezing']
sm = Temp.__dict__['to_f']
m = t.reset
d = {'a': 1}
k = d.keys()
v = d.values()
it = d.items()
ki = iter(d)
sl = slice(1, 5)
print(type(p).__name__, type(cm).__name__, type(sm).__name__, type(m).__name__)  # expect: property classmethod staticmethod method
print(sys.getsizeof(k), sys.getsizeof(v), sys.getsizeof(it), sys.getsizeof(ki))  # expect: 40 40 40 72
