# The itertools that call a program function for each item (a predicate,
# accumulate's func, starmap's function): each call is traced like any
# call, made only when the iterator is asked for an item.
import itertools


def small(x):
    print('  small?', x)
    return x < 3


drop = itertools.dropwhile(small, [1, 2, 5, 1])
print(type(drop).__name__)  # expect: dropwhile
print(list(drop))
# expect:   small? 1
# expect:   small? 2
# expect:   small? 5
# expect: [5, 1]
take = itertools.takewhile(small, [1, 5, 2])
print(next(take))
# expect:   small? 1
# expect: 1
print(list(take), list(take))
# expect:   small? 5
# expect: [] []
rejects = itertools.filterfalse(small, [4, 1, 3])
print(list(rejects))
# expect:   small? 4
# expect:   small? 1
# expect:   small? 3
# expect: [4, 3]
print(list(itertools.filterfalse(None, [0, 1, '', 'a'])))  # expect: [0, '']


def times(a, b):
    return a * b


running = itertools.accumulate([1, 2, 3, 4], times)
print(next(running), list(running))  # expect: 1 [2, 6, 24]
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)))  # expect: [3, 3, 4, 4, 5]
print(list(itertools.accumulate([1, 2, 3], initial=10)), list(itertools.accumulate([], initial=0)))  # expect: [10, 11, 13, 16] [0]
print(list(itertools.accumulate(['a', 'b', 'c'])))  # expect: ['a', 'ab', 'abc']
print(list(itertools.accumulate([[1], [2]], lambda a, b: a + b)))  # expect: [[1], [1, 2]]

power = itertools.starmap(pow, [(2, 5), [3, 2], (10, 0)])
print(list(power))  # expect: [32, 9, 1]
both = itertools.chain('ab', [1, 2], range(2))
print(list(both))  # expect: ['a', 'b', 1, 2, 0, 1]
flat = itertools.chain.from_iterable([[1, 2], (3,), 'xy'])
print(type(flat).__name__, list(flat))  # expect: chain [1, 2, 3, 'x', 'y']
lazy = itertools.chain([1], 5)
print(next(lazy))  # expect: 1
picked = itertools.compress('abcdef', [1, 0, 1, 0, 1])
print(list(picked))  # expect: ['a', 'c', 'e']
pairs = itertools.pairwise([1, 4, 9, 16])
print([b - a for a, b in pairs])  # expect: [3, 5, 7]
window = itertools.islice('abcdefgh', 1, 7, 2)
print(list(window), list(itertools.islice(itertools.count(), 3)))  # expect: ['b', 'd', 'f'] [0, 1, 2]
print(list(itertools.islice('abc', None)), list(itertools.islice('abcdef', 4, None)))  # expect: ['a', 'b', 'c'] ['e', 'f']
