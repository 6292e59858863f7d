# A syntax error stops the whole file before anything runs.
print('never printed')
x = = 1
# expect-error: SyntaxError: invalid syntax
