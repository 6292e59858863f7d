# Slice assignment can shrink the list.
lst = list(range(8))
lst[2:6] = ['x']
print(lst)  # expect: [0, 1, 'x', 6, 7]
lst[1:] = []
print(lst)  # expect: [0]
lst[:] = 'abc'
print(lst)  # expect: ['a', 'b', 'c']
lst[:] = range(2)
print(lst)  # expect: [0, 1]
