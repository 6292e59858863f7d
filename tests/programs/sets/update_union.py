# update mutates; union returns a new set.
a = {1, 2}
b = {2, 3}
u = a.union(b)
print(u, a)  # expect: {1, 2, 3} {1, 2}
print(u is a)  # expect: False
a.update(b, [4], range(5, 7))
print(a)  # expect: {1, 2, 3, 4, 5, 6}
print(a.union())  # expect: {1, 2, 3, 4, 5, 6}
print({1}.union([2], (3,)))  # expect: {1, 2, 3}
