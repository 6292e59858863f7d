d = {}
d[(1, 2)] = 'tuple ok'
print(d)  # expect: {(1, 2): 'tuple ok'}
d[[1, 2]] = 'list'  # expect-error: TypeError: unhashable type: 'list'
