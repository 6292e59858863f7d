# __del__ runs the moment the last reference goes.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('freeing', self.name)

a = Tracked('a')
b = a
print('del a')
del a
print('rebinding b')
b = None
print('list of two')
items = [Tracked('x'), Tracked('y')]
items.pop()
print('clear')
items.clear()
def scope():
    t = Tracked('local')
    print('leaving scope')
scope()
print('end')
# expect: del a
# expect: rebinding b
# expect: freeing a
# expect: list of two
# expect: freeing y
# expect: clear
# expect: freeing x
# expect: leaving scope
# expect: freeing local
# expect: end
