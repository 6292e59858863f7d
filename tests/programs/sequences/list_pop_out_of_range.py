lst = [1, 2]
lst.pop(5)  # expect-error: IndexError: pop index out of range
