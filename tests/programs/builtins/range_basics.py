# range objects: repr, len, indexing, slicing and membership.
r = range(10)
print(r)  # expect: range(0, 10)
print(range(1, 10, 2))  # expect: range(1, 10, 2)
print(len(r), r[3], r[-1])  # expect: 10 3 9
print(r[2:5])  # expect: range(2, 5)
print(r[::2])  # expect: range(0, 10, 2)
print(r[::-1])  # expect: range(9, -1, -1)
print(5 in r, 10 in r, 2.0 in r)  # expect: True False True
print(list(range(5, 0, -1)))  # expect: [5, 4, 3, 2, 1]
print(list(reversed(range(3))))  # expect: [2, 1, 0]
print(list(range(0)), list(range(3, 3)))  # expect: [] []
print(range(0) == range(2, 2), range(3) == range(0, 3, 1))  # expect: True True
print(range(0, 20, 5).index(15), range(10).count(3))  # expect: 3 1
