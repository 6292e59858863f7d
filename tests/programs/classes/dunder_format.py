# A class's own __format__ serves format(), str.format and f-strings, with
# the spec as its argument; it must return a str.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        return '$' + format(self.cents / 100, spec or '.2f')


m = Money(1234)
print(format(m), format(m, '.1f'))  # expect: $12.34 $12.3
print('{} {:.0f}'.format(m, m), f'{m}|{m:8.3f}')  # expect: $12.34 $12 $12.34|$  12.340


class Bad:
    def __format__(self, spec):
        return 5


try:
    f'{Bad()}'
except TypeError as e:
    print(e)  # expect: __format__ must return a str, not int
