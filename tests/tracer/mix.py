# The stream test's own program (tests/tracer/stream.sh): a little of
# everything whose state changes between snapshots in a way the stream
# protocol must carry: cycles freed by gc.collect(), finalizers, generators
# resumed and closed, exceptions, weak references, sets, non-ASCII strs.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.next = None

    def __del__(self):
        print("del", self.name)


def ring(n):
    nodes = [Node("n%d" % i) for i in range(n)]
    for a, b in zip(nodes, nodes[1:] + nodes[:1]):
        a.next = b
    return nodes[0]


def countdown(n):
    while n:
        got = yield n
        if got:
            n = got
        n -= 1
    return "done"


head = ring(3)
probe = weakref.ref(head)
del head
print(gc.collect(), probe())
gen = countdown(3)
print(next(gen), gen.send(5), next(gen))
gen.close()
seen = {"é", "b"}
seen.add("ü" * 3)
seen.discard("b")
big = 2 ** 70
pairs = {i: [i] * i for i in range(4)}
pairs[2].append(pairs)
try:
    pairs[9]
except KeyError as err:
    caught = err.args
for k in list(pairs):
    if k % 2:
        del pairs[k]
del pairs
print(gc.collect(), sorted(seen), big)
