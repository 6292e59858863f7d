class Base:
    def __init__(self, name):
        self.name = name
    def __str__(self):
        return 'Base ' + self.name
class Child(Base):
    def __repr__(self):
        text = super().__repr__()
        return 'Child' + text[text.index(' object'):text.index(' at')]
    def __str__(self):
        return super().__str__() + '!'
    def __eq__(self, other):
        return super().__eq__(other)
    def __hash__(self):
        return super().__hash__()
c = Child('c')
print(repr(c), str(c), c == c, c == Child('d'), hash(c) == hash(c))
print(object.__repr__(c).startswith('<__main__.Child object at 0x'), object.__str__(c))
print(list.__len__([1, 2]), tuple.__repr__((1,)), str.__str__('s'), int.__repr__(5))
# expect: Child object Base c! True False True
# expect: True Child object
# expect: 2 (1,) s 5
