# title: Linked structures
# summary: Objects of a small class refer to one another; deleting a node frees exactly what only it kept alive.


class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


#: Three nodes, each referring to the next: head is the only name, the rest are reached through .next.
head = Node("a", Node("b", Node("c")))  #@
#: Unlinking the middle node: nothing refers to node b any more, so it is freed. Node c lives on: a.next now refers to it.
head.next = head.next.next  #@
print(head.value, head.next.value)  # expect: a c


class Tree:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right


#: A small tree: the root refers to two subtrees.
root = Tree(2, Tree(1), Tree(3, None, Tree(4)))  #@
#: Cutting the right subtree frees node 3 and, with it, node 4, which only node 3 referred to.
root.right = None  #@
print(root.left.value, root.right)  # expect: 1 None
