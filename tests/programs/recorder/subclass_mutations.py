# Instances of container subclasses changed in every way a step can change
# them: their items (through list's and the class's methods, and program
# code running inside list.extend and sort), their attributes, and the
# items' own contents, which their reprs show.
from collections import deque


class Stack(list):
    def push(self, item):
        self.append(item)


class Tally(dict):
    def __missing__(self, key):
        return 0


class Bag(set):
    pass


class Ring(deque):
    pass


class Ticks:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        for i in range(self.n):
            yield [i]


s = Stack()
for i in range(3):
    s.push([i])
s[0].append('x')
s.extend(Ticks(2))
s.sort(key=lambda item: -len(item))
s.top = s[-1]
s[-1].append('y')
del s.top
s.reverse()
s *= 2
t = Tally()
for w in 'abcab':
    t[w] += 1
t['list'] = []
t['list'].append(t['a'])
t.pop('c')
b = Bag()
for k in range(4):
    b.add(k * 3)
b.discard(0)
b.note = [b]
r = Ring([[1], [2]], maxlen=2)
r.append([3])
r[0].append(4)
r.rotate(1)
print(s, t, sorted(b), r)  # expect: [[1, 'y'], [0], [2], [1], [0, 'x'], [1, 'y'], [0], [2], [1], [0, 'x']] {'a': 2, 'b': 2, 'list': [2]} [3, 6, 9] Ring([[3], [2, 4]], maxlen=2)
