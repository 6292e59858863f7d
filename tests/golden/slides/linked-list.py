class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

head = None
for value in [4, 3, 2, 1]:
    head = Node(value, head)

node = head
while node is not None:
    print(node.value)
    node = node.next
