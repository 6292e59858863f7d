x = 0
print(10 // x)  # expect-error: ZeroDivisionError: integer division or modulo by zero
