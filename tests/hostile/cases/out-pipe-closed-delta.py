# --format delta of self-referential containers to a pipe whose reader has
# gone: SIGPIPE (141), no hang, no sanitizer report.
# hostile-args: run --format delta "$CASE"
# hostile-stdout-to: pipe-closed
# hostile-exit: 141
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
for i in range(20):
    t = (t, [i] * 20)
