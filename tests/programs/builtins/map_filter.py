# map and filter with built-in functions.
print(list(map(str, [1, 2, 3])))  # expect: ['1', '2', '3']
print(list(map(int, ['10', '-2'])))  # expect: [10, -2]
print(list(map(abs, [-1, 2, -3])))  # expect: [1, 2, 3]
print(list(map(len, ['a', 'bb', ''])))  # expect: [1, 2, 0]
print(list(map(pow, [2, 3], [3, 2])))  # expect: [8, 9]
print(list(filter(None, [0, 1, '', 'a', [], [0], None])))  # expect: [1, 'a', [0]]
print(list(filter(str.isdigit, ['1', 'a', '22'])))  # expect: ['1', '22']
print(sum(map(int, '12345')))  # expect: 15
print(list(map(str.upper, 'hi')))  # expect: ['H', 'I']
