# keys and items views are set-like: compared with sets and with each
# other, and |, &, -, ^ give new sets, with either operand an iterable.
# (A set of str-holding tuples is printed sorted: python3's str hashes vary.)
d = {1: 'a', 2: 'b', 3: 'c'}
k, i = d.keys(), d.items()
print(k == {1, 2, 3}, k == {1: 0, 2: 0, 3: 0}.keys(), {1: 2}.keys() == {1: 3}.keys(), i == {(1, 'a'), (2, 'b'), (3, 'c')})
print(k != {1}, k < {1, 2, 3, 4}, k <= {1, 2, 3}, k > {1}, k >= frozenset({1, 2, 3}), k < k, k <= k)
print(i > {(1, 'a')}, i == {(1, 'b'), (2, 'b'), (3, 'c')}, k == [1, 2, 3], k == i)
print(k & {2, 3, 4}, k | [5], k - {1}, k ^ {1, 9}, [9, 1] | k, {2} & k, (1, 2) - k)
print(i & {(1, 'a')}, sorted(i - {(1, 'a')}), type(k | k).__name__)
print(d.values() == d.values())
try:
    k | 5
except TypeError as e:
    print(e)
try:
    d.values() | {1}
except TypeError as e:
    print(e)
try:
    k < [1]
except TypeError as e:
    print(e)
# expect: True True True True
# expect: True True True True True False True
# expect: True False False False
# expect: {2, 3} {1, 2, 3, 5} {2, 3} {9, 2, 3} {9, 2, 3, 1} {2} set()
# expect: {(1, 'a')} [(2, 'b'), (3, 'c')] set
# expect: False
# expect: 'int' object is not iterable
# expect: unsupported operand type(s) for |: 'dict_values' and 'set'
# expect: '<' not supported between instances of 'dict_keys' and 'list'
