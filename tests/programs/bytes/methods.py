# The methods bytes and bytearray share: a bytes gives bytes, a bytearray
# gives a new bytearray.
line = b'  Hello, World  '
buf = bytearray(b'a-b-c')
print(line.strip(), line.lstrip(), line.rstrip(b' d'), buf.strip(b'ac'))  # expect: b'Hello, World' b'Hello, World  ' b'  Hello, Worl' bytearray(b'-b-')
print(line.split(), b'a,b,,c'.split(b','), b'a b c'.split(maxsplit=1), buf.split(b'-'))  # expect: [b'Hello,', b'World'] [b'a', b'b', b'', b'c'] [b'a', b'b c'] [bytearray(b'a'), bytearray(b'b'), bytearray(b'c')]
print(b'a,b,c'.rsplit(b',', 1), b'x\ny\r\nz'.splitlines(), b'x\ny'.splitlines(True))  # expect: [b'a,b', b'c'] [b'x', b'y', b'z'] [b'x\n', b'y']
print(b'-'.join([b'a', bytearray(b'b'), memoryview(b'c')]), buf.join([b'1', b'2']))  # expect: b'a-b-c' bytearray(b'1a-b-c2')
print(b'a=b'.partition(b'='), b'a=b=c'.rpartition(b'='), buf.partition(b'-'))  # expect: (b'a', b'=', b'b') (b'a=b', b'=', b'c') (bytearray(b'a'), bytearray(b'-'), bytearray(b'b-c'))
print(line.find(b'o'), line.rfind(b'o'), line.find(111, 8), line.index(b'W'), line.count(b'l'))  # expect: 6 10 10 9 3
print(line.startswith(b'  H'), line.endswith((b'x', b'  ')), buf.startswith(b'a-', 0, 3))  # expect: True True True
print(line.replace(b'l', b'L'), line.replace(b'l', b'', 2), buf.replace(b'-', b'+'))  # expect: b'  HeLLo, WorLd  ' b'  Heo, World  ' bytearray(b'a+b+c')
print(b'Hello'.upper(), b'Hello'.lower(), b'hello world'.title(), b'hELLO'.capitalize(), b'Hi'.swapcase())  # expect: b'HELLO' b'hello' b'Hello World' b'Hello' b'hI'
print(b'123'.isdigit(), b'abc'.isalpha(), b'a1'.isalnum(), b' \t'.isspace(), b'ABC'.isupper(), b'abc'.islower())  # expect: True True True True True True
print(b'Title Case'.istitle(), b'\x80'.isascii(), b''.isdigit(), b'A'.isalpha())  # expect: True False False True
print(b'ab'.center(6, b'*'), b'ab'.ljust(4), b'ab'.rjust(4, b'.'), b'-7'.zfill(5), b'a\tb'.expandtabs(4))  # expect: b'**ab**' b'ab  ' b'..ab' b'-0007' b'a   b'
print(b'prefix-body'.removeprefix(b'prefix-'), b'body.txt'.removesuffix(b'.txt'))  # expect: b'body' b'body'
print(b'\xde\xad\xbe\xef'.hex(), b'\xde\xad\xbe\xef'.hex(':'), b'\xde\xad\xbe\xef'.hex('-', 2))  # expect: deadbeef de:ad:be:ef dead-beef
print(bytes.fromhex('de ad be ef'), bytearray.fromhex('00ff'), b'hi'.hex(' ', -1))  # expect: b'\xde\xad\xbe\xef' bytearray(b'\x00\xff') 68 69
table = bytes.maketrans(b'abc', b'xyz')
print(b'aabbcc'.translate(table), b'hello'.translate(None, b'l'), bytearray(b'abc').translate(table))  # expect: b'xxyyzz' b'heo' bytearray(b'xyz')
print(b'caf\xc3\xa9'.decode(), b'caf\xc3\xa9'.decode('latin-1'), bytearray(b'abc').decode('ascii'))  # expect: café cafÃ© abc
print(type(buf.upper()).__name__, type(buf[0:1]).__name__, type(b''.join([buf])).__name__)  # expect: bytearray bytearray bytes
