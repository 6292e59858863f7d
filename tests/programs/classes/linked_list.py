# A singly linked list from a small class: each node refers to the next.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

head = Node(1, Node(2, Node(3)))
values = []
node = head
while node is not None:
    values.append(node.value)
    node = node.next
print(values)
second = head.next
head.next = head.next.next
print(head.next.value, second.next is head.next)
print(type(head).__name__, isinstance(head, Node))
# expect: [1, 2, 3]
# expect: 3 True
# expect: Node True
