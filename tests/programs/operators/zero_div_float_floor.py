x = 0.0
print(5.0 // x)  # expect-error: ZeroDivisionError: float floor division by zero
