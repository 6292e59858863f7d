class Bag:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.extend(other)
        return self
b = Bag()
alias = b
b += [1, 2]
print(alias.items, alias is b)
# expect: [1, 2] True
