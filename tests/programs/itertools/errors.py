# itertools' argument errors, with CPython's messages.
import itertools as it

calls = [
    lambda: it.count('a'),
    lambda: it.count(1, 2, 3),
    lambda: it.count(foo=1),
    lambda: it.cycle(),
    lambda: it.cycle(1),
    lambda: it.cycle(x=[1]),
    lambda: it.repeat(),
    lambda: it.repeat(1, 2.0),
    lambda: it.repeat(1, 2 ** 70),
    lambda: it.accumulate([1], 2, 3),
    lambda: it.accumulate([1], fun=2),
    lambda: it.chain([1], x=1),
    lambda: it.chain.from_iterable(),
    lambda: it.chain.from_iterable(1),
    lambda: it.compress([1]),
    lambda: it.dropwhile(None),
    lambda: it.takewhile(predicate=1, iterable=[1]),
    lambda: it.filterfalse(bool, 1),
    lambda: it.starmap(pow),
    lambda: it.pairwise([1], [2]),
    lambda: it.groupby([1], kee=2),
    lambda: it.islice([1]),
    lambda: it.islice([1], -1),
    lambda: it.islice([1], 'a', 2),
    lambda: it.islice([1], 1, 2, 0),
    lambda: it.islice([1], stop=2),
    lambda: it.tee(),
    lambda: it.tee([1], -1),
    lambda: it.tee([1], n=2),
    lambda: it.zip_longest([1], fill=1),
    lambda: it.product([1], repeat=-1),
    lambda: it.product([1], rep=1),
    lambda: it.permutations(1, 'a'),
    lambda: it.permutations([1], 'a'),
    lambda: it.combinations([1]),
    lambda: it.combinations([1], -1),
    lambda: it.combinations_with_replacement([1], 1.0),
    lambda: next(it.starmap(pow, [5])),
    lambda: list(it.accumulate([1, 'a'])),
    lambda: repr(it.repeat(1).__length_hint__()),
]
for call in calls:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
# expect: TypeError a number is required
# expect: TypeError count() takes at most 2 arguments (3 given)
# expect: TypeError 'foo' is an invalid keyword argument for count()
# expect: TypeError cycle expected 1 argument, got 0
# expect: TypeError 'int' object is not iterable
# expect: TypeError cycle() takes no keyword arguments
# expect: TypeError repeat() missing required argument 'object' (pos 1)
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: TypeError accumulate() takes at most 2 positional arguments (3 given)
# expect: TypeError 'fun' is an invalid keyword argument for accumulate()
# expect: TypeError chain() takes no keyword arguments
# expect: TypeError chain.from_iterable() takes exactly one argument (0 given)
# expect: TypeError 'int' object is not iterable
# expect: TypeError compress() missing required argument 'selectors' (pos 2)
# expect: TypeError dropwhile expected 2 arguments, got 1
# expect: TypeError takewhile() takes no keyword arguments
# expect: TypeError 'int' object is not iterable
# expect: TypeError starmap expected 2 arguments, got 1
# expect: TypeError pairwise expected 1 argument, got 2
# expect: TypeError 'kee' is an invalid keyword argument for groupby()
# expect: TypeError islice expected at least 2 arguments, got 1
# expect: ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError Step for islice() must be a positive integer or None.
# expect: TypeError islice() takes no keyword arguments
# expect: TypeError tee expected at least 1 argument, got 0
# expect: ValueError n must be >= 0
# expect: TypeError itertools.tee() takes no keyword arguments
# expect: TypeError zip_longest() got an unexpected keyword argument
# expect: ValueError repeat argument cannot be negative
# expect: TypeError 'rep' is an invalid keyword argument for product()
# expect: TypeError 'int' object is not iterable
# expect: TypeError Expected int as r
# expect: TypeError combinations() missing required argument 'r' (pos 2)
# expect: ValueError r must be non-negative
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: TypeError 'int' object is not iterable
# expect: TypeError unsupported operand type(s) for +: 'int' and 'str'
# expect: TypeError len() of unsized object


groups = it.groupby([1, 1, 2])
k, g = next(groups)
print(k, list(g), next(groups)[0])  # expect: 1 [1, 1] 2
print(list(it.combinations(range(3), 2))[1])  # expect: (0, 2)
list(it.islice(it.count(), 2, 1, 0))
# expect-error: ValueError: Step for islice() must be a positive integer or None.
