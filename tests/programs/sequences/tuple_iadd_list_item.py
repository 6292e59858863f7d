# t[0] += [x] mutates the list, then fails to store into the tuple.
t = ([1],)
print(t)  # expect: ([1],)
t[0] += [2]  # expect-error: TypeError: 'tuple' object does not support item assignment
