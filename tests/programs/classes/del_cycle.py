import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print('freeing', self.name)
a = Node('a')
b = Node('b')
a.other = b
b.other = a
del a, b
print('cycle unreachable')
print(gc.collect() >= 2)
print('end')
# expect: cycle unreachable
# expect: freeing a
# expect: freeing b
# expect: True
# expect: end
