# Raising the recursion limit lets deeper recursion run, as in CPython.
import sys
sys.setrecursionlimit(2000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(1500), sys.getrecursionlimit())
class Node:
    def __init__(self, n):
        self.next = Node(n - 1) if n else None
def length(node):
    return 0 if node is None else 1 + length(node.next)
print(length(Node(900)))
# expect: 1500 2000
# expect: 901
