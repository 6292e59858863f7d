# A lesson of self-referential containers, every step to html with all
# objects as nodes and full detail.
# hostile-args: lesson --format html --steps lines --heap all --detail full -o "$TMP/l.html" "$TMP/lesson.py"
# hostile-setup: { printf '# title: Cycles\n# summary: s\n'; sed -n '/^a = /,$p' "$CASE"; } > lesson.py
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
