g = (x for x in [1])
print(next(g))  # expect: 1
next(g)  # expect-error: StopIteration
