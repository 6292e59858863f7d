def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(zip('abc', naturals())))
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(4)])
# expect: [('a', 0), ('b', 1), ('c', 2)]
# expect: [0, 2, 4, 6]
