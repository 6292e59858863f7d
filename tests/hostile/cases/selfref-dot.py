# Self-referential containers exported as dot.
# hostile-args: run --format dot --final -o "$TMP/t.dot" "$CASE"
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
