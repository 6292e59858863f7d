x = 5 if True
# expect-error: SyntaxError: expected 'else' after 'if' expression
