class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, P) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
a, b = P(1, 2), P(1, 2)
print(a == b, a is b, a != b, len({a, b}), a == 3)
class NoHash:
    def __eq__(self, other):
        return True
print(NoHash.__hash__, NoHash() == 1)
hash(NoHash())
# expect: True False False 1 False
# expect: None True
# expect-error: TypeError: unhashable type: 'NoHash'
