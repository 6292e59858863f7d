# 0x with no digits is an invalid hexadecimal literal.
print(0x)  # expect-error: SyntaxError: invalid hexadecimal literal
