# \x takes exactly two hex digits in a bytes literal.
print('before')
data = b'ab\x4g'
# expect-error: SyntaxError: (value error) invalid \x escape at position 2
