# 1, 1.0 and True are one key; the first key object is kept.
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d)  # expect: {1: 'bool'}
print(len(d))  # expect: 1
e = {True: 'a', 1: 'b'}
print(e)  # expect: {True: 'b'}
