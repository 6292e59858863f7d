square = lambda x: x * x
print(square(7), square.__name__)
pairs = [(1, 'b'), (3, 'a'), (2, 'c')]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print((lambda *a, **k: (a, k))(1, y=2))
# expect: 49 <lambda>
# expect: [(3, 'a'), (1, 'b'), (2, 'c')]
# expect: [2, 3, 4]
# expect: ((1,), {'y': 2})
