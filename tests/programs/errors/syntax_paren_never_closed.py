# expect-error: SyntaxError: '(' was never closed
print('never printed')
print((1, 2)
