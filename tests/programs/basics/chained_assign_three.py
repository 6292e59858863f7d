# Chained assignment with three targets and an int.
x = y = z = 0
print(x, y, z)  # expect: 0 0 0
x = x + 1
print(x, y, z)  # expect: 1 0 0
p = q = r = {}
p['k'] = 1
print(q, r)  # expect: {'k': 1} {'k': 1}
print(p is q, q is r)  # expect: True True
