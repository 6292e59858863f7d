x = 0
print(10 % x)  # expect-error: ZeroDivisionError: integer modulo by zero
