x = 0
print(1.0 / x)  # expect-error: ZeroDivisionError: float division by zero
