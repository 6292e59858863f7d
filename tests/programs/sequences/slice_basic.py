# Slices: start and stop, omitted bounds, out-of-range bounds.
lst = [0, 1, 2, 3, 4, 5]
print(lst[1:4])  # expect: [1, 2, 3]
print(lst[:2], lst[4:])  # expect: [0, 1] [4, 5]
print(lst[-2:])  # expect: [4, 5]
print(lst[:-2])  # expect: [0, 1, 2, 3]
print(lst[3:100])  # expect: [3, 4, 5]
print(lst[100:])  # expect: []
print(lst[4:2])  # expect: []
print('hello'[1:3])  # expect: el
print((1, 2, 3)[1:])  # expect: (2, 3)
