# CRLF line endings, and a CRLF inside a triple-quoted string, read as "\n".
s = """a
b"""
print(repr(s))  # expect: 'a\nb'
print(len(s))  # expect: 3
