# Implicit concatenation with an f-string is mixing too.
name = 'x'
message = f'{name} ' b'bytes'
# expect-error: SyntaxError: cannot mix bytes and nonbytes literals
