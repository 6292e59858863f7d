# set(), dict() and tuple() consume iterators.
it = iter([1, 2, 3])
print(next(it))  # expect: 1
print(tuple(it))  # expect: (2, 3)
print(tuple(it))  # expect: ()
print(set(range(3)))  # expect: {0, 1, 2}
print(dict(enumerate('ab')))  # expect: {0: 'a', 1: 'b'}
