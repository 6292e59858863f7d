# enumerate yields (index, item) pairs.
for i, ch in enumerate('ab'):
    print(i, ch)  # expect: 0 a
# expect: 1 b
for i, ch in enumerate(['x', 'y'], start=1):
    print(i, ch)  # expect: 1 x
# expect: 2 y
print(list(enumerate('abc', 10)))  # expect: [(10, 'a'), (11, 'b'), (12, 'c')]
print(list(enumerate([])))  # expect: []
