# dict.copy, dict() and set.copy are shallow too.
vals = [1]
d = {'k': vals}
for c in [d.copy(), dict(d), {**d}]:
    print(c is d, c['k'] is vals)  # expect: False True
# expect: False True
# expect: False True
t = (1, 2)
s = {t}
s2 = s.copy()
print(s2 is s, next(iter(s2)) is t)  # expect: False True
