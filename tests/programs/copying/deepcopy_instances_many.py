# Instances go through __reduce_ex__: a new object without __init__, then
# its attributes deep-copied; the copy is memoized before them, so a
# cycle back to the instance reaches the copy, and shared instances stay
# shared.
import copy

class Node:
    def __init__(self, value, parent=None):
        self.value = value
        self.parent = parent
        self.me = self

class Slotted:
    __slots__ = ('a', 'b')

root = Node('root')
nodes = [Node([i], root) for i in range(300)]
root.value = nodes
dup = copy.deepcopy(nodes)
print(all(d.parent is dup[0].parent for d in dup))  # expect: True
print(dup[0].parent is root, dup[0].parent.value is dup)  # expect: False True
print(all(d.me is d for d in dup), dup[0].parent.me is dup[0].parent)  # expect: True True
print(dup[7].value, dup[7].value is nodes[7].value)  # expect: [7] False
print(type(dup[7]) is Node, list(vars(dup[7])) == list(vars(nodes[7])))  # expect: True True
s = Slotted()
s.a = [1]
s.b = s.a
t = copy.deepcopy(s)
print(t.a is t.b, t.a is s.a, t.a)  # expect: True False [1]
c = copy.copy(s)
print(c.a is s.a, c is s)  # expect: True False
