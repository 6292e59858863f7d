# A singly linked list class with append, prepend, remove and iteration.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0

    def prepend(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self.size += 1

    def remove(self, value):
        prev = None
        cur = self.head
        while cur is not None:
            if cur.value == value:
                if prev is None:
                    self.head = cur.next
                else:
                    prev.next = cur.next
                self.size -= 1
                return True
            prev, cur = cur, cur.next
        return False

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return self.size

    def __str__(self):
        return " -> ".join(str(v) for v in self) or "(empty)"

ll = LinkedList()
for v in [3, 5, 7]:
    ll.append(v)
ll.prepend(1)
print(ll, len(ll))
print(ll.remove(5), ll.remove(42))
print(ll)
ll.remove(1)
ll.remove(3)
ll.remove(7)
print(ll, len(ll))
# expect: 1 -> 3 -> 5 -> 7 4
# expect: True False
# expect: 1 -> 3 -> 7
# expect: (empty) 0
