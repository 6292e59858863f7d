# CPython 3.11 marks where in a line an error comes from: for a binary
# operation, '^' under the operator and '~' under its operands.
def add_bonus(scores, i, bonus):
    return scores[i] + bonus

totals = [10, 20]
print(add_bonus(totals, 0, 5))  # expect: 15
print(add_bonus(totals, 1, "5"))
# expect-error: TypeError: unsupported operand type(s) for +: 'int' and 'str'
