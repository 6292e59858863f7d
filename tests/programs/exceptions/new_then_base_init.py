# After a program's __new__, BaseException.__init__ still runs: args becomes
# the call's arguments (unless the class has an __init__ of its own).
class T(Exception):
    def __new__(cls, *args, **kw):
        e = super().__new__(cls, *args)
        e.args = ('changed',)
        return e
t = T('m', 2)
print(t.args)
try:
    T('m', k=1)
except TypeError as e:
    print(e)
class U(Exception):
    def __new__(cls, *a):
        return super().__new__(cls, 'x')
    def __init__(self, *a):
        pass
print(U('m').args)
# expect: ('m', 2)
# expect: T() takes no keyword arguments
# expect: ('x',)
