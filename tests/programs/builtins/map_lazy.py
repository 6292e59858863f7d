# map and filter are lazy iterators, consumed once.
m = map(abs, [-1, -2])
print(list(m))  # expect: [1, 2]
print(list(m))  # expect: []
lst = [1]
f = filter(None, lst)
lst.append(2)
print(list(f))  # expect: [1, 2]
