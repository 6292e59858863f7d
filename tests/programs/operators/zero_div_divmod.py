print(divmod(7, 2))  # expect: (3, 1)
print(divmod(7, 0))  # expect-error: ZeroDivisionError: integer division or modulo by zero
