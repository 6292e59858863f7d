# insert clamps out-of-range indices.
lst = ['a', 'b']
lst.insert(1, 'x')
print(lst)  # expect: ['a', 'x', 'b']
lst.insert(0, 'first')
lst.insert(100, 'last')
print(lst)  # expect: ['first', 'a', 'x', 'b', 'last']
lst.insert(-1, 'y')
print(lst)  # expect: ['first', 'a', 'x', 'b', 'y', 'last']
lst.insert(-100, 'z')
print(lst[0])  # expect: z
