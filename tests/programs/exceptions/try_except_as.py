try:
    [1, 2][5]
except IndexError as e:
    print(type(e).__name__, e)
# expect: IndexError list index out of range
