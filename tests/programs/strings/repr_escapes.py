# repr escapes control characters.
print(repr('line1\nline2'))  # expect: 'line1\nline2'
print(repr('a\tb'))  # expect: 'a\tb'
print(repr('\r\x00\x1b'))  # expect: '\r\x00\x1b'
print(repr('\x7f'))  # expect: '\x7f'
print(len('a\tb'), len('\n'))  # expect: 3 1
print(repr(chr(10)))  # expect: '\n'
