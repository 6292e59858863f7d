# Making an instance inside __init__ uses two recursion levels per
# instance in CPython: one for calling the class, one for __init__.
class Node:
    def __init__(self, n):
        self.next = Node(n - 1) if n else None
Node(450)
print('450 fine')
Node(600)
# expect: 450 fine
# expect-error: RecursionError: maximum recursion depth exceeded
