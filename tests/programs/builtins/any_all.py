# any and all, including on empty iterables.
print(any([0, '', 1]), any([0, '']))  # expect: True False
print(all([1, 'a', [0]]), all([1, 0]))  # expect: True False
print(any([]), all([]))  # expect: False True
print(all(n > 0 for n in [1, 2, 3]))  # expect: True
print(any(c.isupper() for c in 'abC'))  # expect: True
