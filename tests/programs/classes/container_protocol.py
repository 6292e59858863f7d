class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        return self.items.pop()
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
s = Stack()
s.push(1)
s.push(2)
print(len(s), s[0], s[-1], 2 in s, 5 in s, list(s), bool(s))
s.pop(); s.pop()
print(len(s), bool(s))
# expect: 2 1 2 True False [1, 2] True
# expect: 0 False
