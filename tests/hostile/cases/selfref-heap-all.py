# Self-referential containers, every object a node, full detail.
# hostile-args: run --format text --heap all --detail full --show-classes "$CASE"
# hostile-exit: 0
a = []
a.append(a)
d = {}
d["self"] = d
d["a"] = a
t = (a, d)
class N:
    pass
n = N()
n.me = n
n.items = [n, a, d, t]
