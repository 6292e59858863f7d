# reverse works in place; reversed() and [::-1] do not change the list.
lst = [1, 2, 3]
print(lst.reverse())  # expect: None
print(lst)  # expect: [3, 2, 1]
print(list(reversed(lst)))  # expect: [1, 2, 3]
print(lst[::-1])  # expect: [1, 2, 3]
print(lst)  # expect: [3, 2, 1]
