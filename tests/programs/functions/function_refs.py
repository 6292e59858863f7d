# A program function's refs: defaults, kwdefaults, closure cells (sorted
# by name, the __class__ cell of a method using super() among them), then
# its attributes.
def outer():
    zeta = [1]
    alpha = (2,)
    def inner(a, b=[], *, k={}):
        return alpha, zeta
    inner.calls = 0
    return inner
g = outer()
class Base:
    pass
class Child(Base):
    def __repr__(self):
        return 'Child' + super().__repr__()
    def plain(self):
        return 1
print(g.__defaults__, g.__kwdefaults__, g.calls)  # expect: ([],) {'k': {}} 0
print(Child.__repr__.__qualname__, Child.plain.__qualname__)  # expect: Child.__repr__ Child.plain
