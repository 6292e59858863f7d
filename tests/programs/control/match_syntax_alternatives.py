# Every alternative of an or-pattern must bind the same names.
match (1, 2):
    case (x, 0) | (0, y):
        print(x)
# expect-error: SyntaxError: alternative patterns bind different names
