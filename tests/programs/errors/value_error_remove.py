lst = [1, 2, 3]
lst.remove(2)
print(lst)  # expect: [1, 3]
lst.remove(4)  # expect-error: ValueError: list.remove(x): x not in list
