s = 'text'
print(-s)  # expect-error: TypeError: bad operand type for unary -: 'str'
