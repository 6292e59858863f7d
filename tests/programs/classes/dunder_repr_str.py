class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f'Money({self.cents})'
    def __str__(self):
        return f'${self.cents / 100:.2f}'
m = Money(1999)
print(m, repr(m), [m], f'{m}', str([m, m]))
class OnlyRepr:
    def __repr__(self):
        return 'R!'
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
# expect: $19.99 Money(1999) [Money(1999)] $19.99 [Money(1999), Money(1999)]
# expect: R! R! [R!]
