# |= on sets and dicts mutates in place.
s = {1, 2}
s0 = s
s |= {3}
print(s, s is s0)  # expect: {1, 2, 3} True
s -= {1}
print(s0)  # expect: {2, 3}
d = {'a': 1}
d0 = d
d |= {'b': 2}
print(d0)  # expect: {'a': 1, 'b': 2}
print(d is d0)  # expect: True
