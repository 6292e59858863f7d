import weakref
class Node:
    def __init__(self, value):
        self.value = value
n = Node(1)
r = weakref.ref(n)
print(r() is n, r().value, weakref.getweakrefcount(n), n.__weakref__ is r)
del n
print(r(), r() is None)
class Slotted:
    __slots__ = ('x',)
weakref.ref(Slotted())
# expect: True 1 1 True
# expect: None True
# expect-error: TypeError: cannot create weak reference to 'Slotted' object
