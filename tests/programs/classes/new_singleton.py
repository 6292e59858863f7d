class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            print('creating')
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self):
        print('init')
a = Singleton()
b = Singleton()
print(a is b)
class Pos:
    def __new__(cls, x):
        if x < 0:
            return None
        obj = object.__new__(cls)
        obj.x = x
        return obj
print(Pos(3).x, Pos(-1))
class Tagged(Exception):
    def __new__(cls, *args):
        e = super().__new__(cls, *args)
        e.tag = 'T'
        return e
t = Tagged('m')
print(t.tag, t.args, str(t))
# expect: creating
# expect: init
# expect: init
# expect: True
# expect: 3 None
# expect: T ('m',) m
