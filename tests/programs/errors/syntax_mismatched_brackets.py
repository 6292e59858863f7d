x = (1,
y = 2]
# expect-error: SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1
