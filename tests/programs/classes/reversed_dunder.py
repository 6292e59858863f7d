# reversed() calls a class's own __reversed__ (looked up on the class, not
# through __getattr__); None there makes the class not reversible; a list
# or dict subclass without one reverses as the built-in does.


class Countdown:
    def __init__(self, n):
        self.n = n

    def __reversed__(self):
        return iter(range(1, self.n + 1))


class Forward(list):
    def __reversed__(self):
        return iter(self)


class NotReversible:
    __reversed__ = None

    def __getitem__(self, i):
        return i

    def __len__(self):
        return 2


class Anything:
    def __getattr__(self, name):
        return 5

    def __getitem__(self, i):
        if i > 1:
            raise IndexError(i)
        return i * 10

    def __len__(self):
        return 2


class Plain(list):
    pass


class Keys(dict):
    pass


print(list(reversed(Countdown(3))), list(reversed(Forward('ab'))))  # expect: [1, 2, 3] ['a', 'b']
print(list(reversed(Anything())), list(reversed(Plain([1, 2]))), list(reversed(Keys(a=1, b=2))))  # expect: [10, 0] [2, 1] ['b', 'a']
try:
    reversed(NotReversible())
except TypeError as e:
    print('TypeError', e)  # expect: TypeError 'NotReversible' object is not reversible
