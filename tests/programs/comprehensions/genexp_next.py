# next() on a generator expression.
g = (c * 2 for c in 'abc')
print(next(g))  # expect: aa
print(next(g))  # expect: bb
print(list(g))  # expect: ['cc']
print(next(g, 'exhausted'))  # expect: exhausted
first_even = next(n for n in [1, 3, 4, 6] if n % 2 == 0)
print(first_even)  # expect: 4
