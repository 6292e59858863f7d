# Slices with steps, including negative steps.
lst = list(range(10))
print(lst[::2])  # expect: [0, 2, 4, 6, 8]
print(lst[1::3])  # expect: [1, 4, 7]
print(lst[::-1])  # expect: [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
print(lst[8:2:-2])  # expect: [8, 6, 4]
print(lst[-1:-4:-1])  # expect: [9, 8, 7]
print(lst[2:8:-1])  # expect: []
print('abcdef'[::-2])  # expect: fdb
print((1, 2, 3, 4)[::3])  # expect: (1, 4)
