lst = [1]
lst.pop()
lst.pop()  # expect-error: IndexError: pop from empty list
