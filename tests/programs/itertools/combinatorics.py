# product, permutations, combinations and combinations_with_replacement
# in CPython's order; each keeps the last tuple it gave (reused in place
# when the program has let go of it), as zip_longest keeps its first.
import itertools
import sys

print(list(itertools.product('ab', [0, 1])))  # expect: [('a', 0), ('a', 1), ('b', 0), ('b', 1)]
print(list(itertools.product([0, 1], repeat=3))[:3], list(itertools.product()))  # expect: [(0, 0, 0), (0, 0, 1), (0, 1, 0)] [()]
print(list(itertools.product('ab', '')), len(list(itertools.product(range(3), repeat=4))))  # expect: [] 81
print(list(itertools.permutations('abc', 2)))  # expect: [('a', 'b'), ('a', 'c'), ('b', 'a'), ('b', 'c'), ('c', 'a'), ('c', 'b')]
print([''.join(p) for p in itertools.permutations('abc')])  # expect: ['abc', 'acb', 'bac', 'bca', 'cab', 'cba']
print(list(itertools.permutations('ab', 3)), list(itertools.permutations([])), list(itertools.permutations('ab', 0)))  # expect: [] [()] [()]
print(list(itertools.combinations('abcd', 2)))  # expect: [('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd'), ('c', 'd')]
print(list(itertools.combinations(range(5), 3))[-2:], list(itertools.combinations('ab', 3)))  # expect: [(1, 3, 4), (2, 3, 4)] []
print(list(itertools.combinations_with_replacement('abc', 2)))  # expect: [('a', 'a'), ('a', 'b'), ('a', 'c'), ('b', 'b'), ('b', 'c'), ('c', 'c')]
print(list(itertools.combinations_with_replacement('', 1)), list(itertools.combinations_with_replacement('', 0)))  # expect: [] [()]
print(list(itertools.zip_longest('abc', [1], fillvalue='-')), list(itertools.zip_longest()))  # expect: [('a', 1), ('b', '-'), ('c', '-')] []

p = itertools.product('ab', 'xyz')
pm = itertools.permutations(range(4), 2)
cb = itertools.combinations('abcde', 3)
cw = itertools.combinations_with_replacement('ab', 2)
z = itertools.zip_longest('ab', 'xyz')
print([type(o).__name__ for o in (p, pm, cb, cw, z)])  # expect: ['product', 'permutations', 'combinations', 'combinations_with_replacement', 'zip_longest']
print([sys.getsizeof(o) for o in (p, pm, cb, cw, z)])  # expect: [80, 128, 96, 88, 72]

# The tuple the program holds is never changed; one it dropped is reused.
t = next(p)
u = next(p)
print(t, u, t is u)  # expect: ('a', 'x') ('a', 'y') False
t = u = None
v = next(p)
print(v)  # expect: ('a', 'z')
first = next(z)
second = next(z)
first = None
third = next(z)
print(second, third)  # expect: ('b', 'y') (None, 'z')
for a, b, c in cb:
    pass
print(a, b, c)  # expect: c d e
