# Closures capture variables, not values: every lambda sees the last i.
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
# expect: [2, 2, 2]
# expect: [0, 1, 2]
