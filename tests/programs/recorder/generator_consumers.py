# Containers built from a generator written in the program: the generator
# runs (its frames are traced) while the container fills.
def gen(n):
    for i in range(n):
        yield [i]
rest = list(gen(3))
t = tuple(gen(2))
s = set(x[0] for x in gen(3))
d = dict((x[0], x) for x in gen(2))
j = '-'.join(str(x[0]) for x in gen(4))
print(rest, t)  # expect: [[0], [1], [2]] ([0], [1])
print(s, d, j)  # expect: {0, 1, 2} {0: [0], 1: [1]} 0-1-2-3
fs = frozenset(x[0] for x in gen(2))
print(sorted(fs))  # expect: [0, 1]
