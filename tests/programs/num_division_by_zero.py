# Dividing by a zero int is "division by zero", however big the dividend.
print(10**30 // 7 > 0)  # expect: True
print(10**30 / 0)  # expect-error: ZeroDivisionError: division by zero
