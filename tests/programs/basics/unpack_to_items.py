# Unpacking into item and slice targets.
lst = [0, 0, 0]
lst[0], lst[2] = 'a', 'c'
print(lst)  # expect: ['a', 0, 'c']
d = {}
d['x'], d['y'] = 1, 2
print(d)  # expect: {'x': 1, 'y': 2}
i = 0
i, lst[i] = 1, 'b'
print(lst)  # expect: ['a', 'b', 'c']
