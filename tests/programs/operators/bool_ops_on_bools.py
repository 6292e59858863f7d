# Bitwise operators on bools give bools; arithmetic gives ints.
t = True
f = False
print(t & f, t | f, t ^ t)  # expect: False True False
print(t + t, t - f, t * 5)  # expect: 2 1 5
print(~t)  # expect: -2
print(-t)  # expect: -1
