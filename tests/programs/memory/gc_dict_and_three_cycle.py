# A dict that refers to itself and a three-list ring.
import gc
d = {}
d['me'] = d
del d
print(gc.collect())  # expect: 1
p = []
q = []
r = []
p.append(q)
q.append(r)
r.append(p)
del p, q, r
print(gc.collect())  # expect: 3
