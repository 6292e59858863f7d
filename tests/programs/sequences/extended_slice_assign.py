# Extended slice assignment needs a sequence of the same length.
lst = [0, 1, 2, 3, 4, 5]
lst[::2] = ['a', 'b', 'c']
print(lst)  # expect: ['a', 1, 'b', 3, 'c', 5]
lst[::-1] = range(6)
print(lst)  # expect: [5, 4, 3, 2, 1, 0]
lst[::2] = [9, 9]  # expect-error: ValueError: attempt to assign sequence of size 2 to extended slice of size 3
