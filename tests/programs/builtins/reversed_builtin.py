# reversed works on sequences and dicts, producing an iterator.
print(list(reversed([1, 2, 3])))  # expect: [3, 2, 1]
print(''.join(reversed('abc')))  # expect: cba
print(tuple(reversed((1, 2))))  # expect: (2, 1)
print(list(reversed({'a': 1, 'b': 2})))  # expect: ['b', 'a']
r = reversed([1, 2])
print(next(r), next(r), next(r, 'done'))  # expect: 2 1 done
