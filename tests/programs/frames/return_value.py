# A return snapshot shows the value the frame returns (or yields): the
# object is listed after the frame's variables and counted in its refcount.
def make(n):
    items = [n] * n
    return items


def nothing():
    x = 1


def pair(a):
    return (a, [a])


def first_of(n):
    yield [n]


def finished(n):
    if n:
        return 'done'
    yield n


class Box:
    def __init__(self, v):
        self.v = v

    def same(self):
        return self


def guarded():
    try:
        return {'k': [1]}
    finally:
        z = 2


a = make(2)
print(a)  # expect: [2, 2]
print(nothing())  # expect: None
p = pair('s')
print(p)  # expect: ('s', ['s'])
g = first_of(2)
print(next(g))  # expect: [2]
try:
    next(finished(1))
except StopIteration as e:
    print(e.value)  # expect: done
b = Box(3)
print(b.same() is b)  # expect: True
sq = (lambda v: v * v)(7)
print(sq)  # expect: 49
print(guarded())  # expect: {'k': [1]}
