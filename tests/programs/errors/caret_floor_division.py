# A two-character operator gets two '^'; parentheses around an operand
# count as the operand's.
def average(total, count):
    return (total) // count

print(average(10, 3))  # expect: 3
print(average(10, 0))
# expect-error: ZeroDivisionError: integer division or modulo by zero
