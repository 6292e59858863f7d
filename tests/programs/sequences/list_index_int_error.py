lst = [1, 2]
lst.index(3)  # expect-error: ValueError: 3 is not in list
