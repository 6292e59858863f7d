print("before")
try:
    1 / 0
except ZeroDivisionError:
    [][3]
# expect: before
# expect-error: IndexError: list index out of range
