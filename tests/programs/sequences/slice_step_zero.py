lst = [1, 2, 3]
print(lst[::1])  # expect: [1, 2, 3]
print(lst[::0])  # expect-error: ValueError: slice step cannot be zero
