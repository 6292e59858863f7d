import sys
xs = [1, 2, 3]
g = (x * x for x in xs)
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g))
print(list(g))
print(list(g))
print(sys.getsizeof((x for x in xs)))
big = [i for i in range(1000)]
print(sys.getsizeof(big) > sys.getsizeof(i for i in range(1000)))
# expect: generator <genexpr> <genexpr>
# expect: 1
# expect: [4, 9]
# expect: []
# expect: 200
# expect: True
