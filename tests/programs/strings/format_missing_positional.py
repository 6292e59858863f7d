print('{} {}'.format(1, 2))  # expect: 1 2
print('{} {}'.format(1))  # expect-error: IndexError: Replacement index 1 out of range for positional args tuple
