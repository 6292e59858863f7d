# Stack and Queue classes on lists; balanced brackets with the stack.
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def peek(self):
        return self._items[-1]
    def is_empty(self):
        return len(self._items) == 0
    def __len__(self):
        return len(self._items)

class Queue:
    def __init__(self):
        self._items = []
    def enqueue(self, x):
        self._items.append(x)
    def dequeue(self):
        return self._items.pop(0)
    def __len__(self):
        return len(self._items)

def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    s = Stack()
    for ch in text:
        if ch in "([{":
            s.push(ch)
        elif ch in pairs:
            if s.is_empty() or s.pop() != pairs[ch]:
                return False
    return s.is_empty()

for t in ["(a[b]{c})", "(]", "((", "{[()()]}"]:
    print(t, balanced(t))
q = Queue()
for name in ["ann", "ben", "cat"]:
    q.enqueue(name)
print(q.dequeue(), len(q))
s = Stack()
try:
    s.pop()
except IndexError as e:
    print("error:", e)
# expect: (a[b]{c}) True
# expect: (] False
# expect: (( False
# expect: {[()()]} True
# expect: ann 2
# expect: error: pop from empty stack
