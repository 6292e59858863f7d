x = 0
print(5.5 % x)  # expect-error: ZeroDivisionError: float modulo
