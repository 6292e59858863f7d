# Bytes literals: every prefix, the escapes, adjacent literals joined into
# one constant, and reprs as CPython writes them.
print(b'abc', B'abc', br'a\n', rb'a\n', Rb'\x00', bR'\\', RB'x')  # expect: b'abc' b'abc' b'a\\n' b'a\\n' b'\\x00' b'\\\\' b'x'
print(b"it's", b'say "hi"', b'both \' and "')  # expect: b"it's" b'say "hi"' b'both \' and "'
print(b'\x00\x7f\x80\xff', b'\t\n\r\\', b'\a\b\f\v')  # expect: b'\x00\x7f\x80\xff' b'\t\n\r\\' b'\x07\x08\x0c\x0b'
print(b'\101\102\7', b'\0', b'\400')  # expect: b'AB\x07' b'\x00' b'\x00'
print(b'\q \u1234 \N{DASH}')  # expect: b'\\q \\u1234 \\N{DASH}'
print(b'one' b'two' rb'\three', len(b'one' b'two'))  # expect: b'onetwo\\three' 6
print(b'''multi
line''', b'line \
continued')  # expect: b'multi\nline' b'line continued'
x = b'abc'
y = b'abc'
print(x is y, b'' is bytes(), b'A' is bytes([65]))  # expect: True True True
print(type(x), type(x).__name__, bytes.__name__)  # expect: <class 'bytes'> bytes bytes
print(repr(b''), repr(b"'"), repr(b'"'), str(b'x'))  # expect: b'' b"'" b'"' b'x'
print(f'{x}', f'{x!r}', '%s' % x, format(x))  # expect: b'abc' b'abc' b'abc' b'abc'
print(b'ab' + b'cd', b'ab' * 2, b'ab'[1], b'ab'[::-1])  # expect: b'abcd' b'abab' 98 b'ba'
