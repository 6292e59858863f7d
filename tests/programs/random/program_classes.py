# random.py works through len(), indexing, + and comparisons, so a
# program's special methods run when random calls them (and are traced).
import random

log = []


class Dice(tuple):
    def __len__(self):
        log.append("len")
        return 6

    def __getitem__(self, i):
        log.append(i)
        return i + 1


class Wheel(tuple):
    """Long enough for sample to pick indices instead of copying it."""

    def __len__(self):
        log.append("len")
        return 30

    def __getitem__(self, i):
        log.append(i)
        return i * 10


class Bound:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        log.append("index")
        return self.n


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __sub__(self, other):
        return Money(self.cents - other.cents)

    def __mul__(self, x):
        return Money(round(self.cents * x))

    def __add__(self, other):
        return Money(self.cents + other.cents)


random.seed(8)
dice = Dice((1, 2, 3, 4, 5, 6))
face = random.choice(dice)
print(face, log)  # expect: 2 ['len', 'len', 1]
print(random.randrange(Bound(10)), random.randint(Bound(3), 9), log)  # expect: 5 6 ['len', 'len', 1, 'index', 'index']
price = random.uniform(Money(100), Money(200))
print(type(price).__name__, price.cents)  # expect: Money 113
del log[:]
wheel = Wheel(range(30))
print(random.sample(wheel, 3), log)  # expect: [220, 10, 20] ['len', 22, 1, 2]
