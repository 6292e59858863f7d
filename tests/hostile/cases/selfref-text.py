# Self-referential containers exported as text.
# hostile-args: run --format text  "$CASE"
# hostile-exit: 0
# hostile-timeout: 60
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
