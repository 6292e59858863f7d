# A bytes literal holds ASCII characters only; other bytes are written as
# escapes (b'caf\xc3\xa9').
print('before')
word = b'café'
# expect-error: SyntaxError: bytes can only contain ASCII literal characters
