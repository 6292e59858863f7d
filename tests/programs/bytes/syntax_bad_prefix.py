# Not every pair of prefixes exists: bu is a name followed by a string.
data = bu'abc'
# expect-error: SyntaxError: invalid syntax
