# [[]] * 3 holds the same empty list three times.
buckets = [[]] * 3
buckets[0].append('x')
print(buckets)  # expect: [['x'], ['x'], ['x']]
print(buckets[0] is buckets[2])  # expect: True
buckets[1] += ['y']
print(buckets)  # expect: [['x', 'y'], ['x', 'y'], ['x', 'y']]
