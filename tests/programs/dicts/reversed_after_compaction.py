# A reversed dict iterator whose dict deleted and added as many keys (the
# size is the same, the entries were compacted) goes on as CPython's does.
d = {i: i for i in range(8)}
r = reversed(d)
print(next(r))
for i in range(6):
    del d[i]
for i in range(10, 16):
    d[i] = i
print(len(d))
print(list(r))
# expect: 7
# expect: 8
# expect: [14, 13, 12, 11, 10, 7, 6]
