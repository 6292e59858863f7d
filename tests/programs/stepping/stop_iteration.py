# A for loop or yield from ended by StopIteration gets an exception event
# at its line: a program __next__ raising it, a generator returning a value
# other than None (rule 6).
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.n >= 2:
            raise StopIteration
        self.n += 1
        return self.n
for v in It():
    w = v
def gen():
    yield 1
    return 5
def plain():
    yield 2
for v in gen():
    w = v
for v in plain():
    w = v
def outer():
    r = yield from gen()
    s = yield from plain()
    yield r, s
print(list(outer()))  # expect: [1, 2, (5, None)]
def sender():
    got = yield from plain()
    yield got
sg = sender()
next(sg)
print(sg.send('x'))  # expect: None
