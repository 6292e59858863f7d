# A list subclass-free program whose containers are filled by __init__ of
# built-in types from iterables that run program code.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return [self.n]
a = list(Countdown(3))
b = []
b.extend(Countdown(2))
b[1:1] = Countdown(1)
c = []
c += Countdown(2)
print(a, b, c)  # expect: [[2], [1], [0]] [[1], [0], [0]] [[1], [0]]
