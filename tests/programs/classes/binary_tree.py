class Tree:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right

    def depth(self):
        kids = [c.depth() for c in (self.left, self.right) if c]
        return 1 + max(kids, default=0)

t = Tree(4, Tree(2, Tree(1), Tree(3)), Tree(6, None, Tree(7)))
print(list(t), t.depth(), sum(t))
# expect: [1, 2, 3, 4, 6, 7] 3 23
