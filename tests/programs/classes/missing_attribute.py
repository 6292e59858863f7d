class Node:
    def __init__(self):
        self.value = 1
n = Node()
print(n.value)
n.valeu
# expect: 1
# expect-error: AttributeError: 'Node' object has no attribute 'valeu'. Did you mean: 'value'?
