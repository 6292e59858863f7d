# Self-referential containers (a list, dict and instance holding
# themselves, names deleted so only the cycles keep them) as a delta
# trace written to a file.
# hostile-args: run --format delta -o "$TMP/t.delta" "$CASE"
# hostile-exit: 0
a = []
a.append(a)
d = {}
d["self"] = d
s = [a, d]
s.append(s)
class N:
    pass
n = N()
n.me = n
n.d = {"n": n, "s": s}
t = (a, n)
del a, d, s
import gc
gc.collect()
