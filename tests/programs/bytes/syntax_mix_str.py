# Adjacent literals are joined, but bytes and str never mix.
print('before')
message = b'bytes ' 'and text'
# expect-error: SyntaxError: cannot mix bytes and nonbytes literals
