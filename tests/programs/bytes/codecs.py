# Text is encoded into bytes and bytes decoded into text; UTF-8 is the
# default, ASCII and latin-1 are the other codecs refviz knows.
word = 'café'
data = word.encode()
print(data, len(word), len(data), data.decode() == word)  # expect: b'caf\xc3\xa9' 4 5 True
print(word.encode('latin-1'), word.encode('UTF8'), 'abc'.encode('ascii'), 'x'.encode('us-ascii'))  # expect: b'caf\xe9' b'caf\xc3\xa9' b'abc' b'x'
print(str(data, 'utf-8'), bytes(word, 'utf-8'), bytearray(word, 'latin1'))  # expect: café b'caf\xc3\xa9' bytearray(b'caf\xe9')
print(word.encode('ascii', 'ignore'), word.encode('ascii', 'replace'), word.encode('ascii', 'backslashreplace'))  # expect: b'caf' b'caf?' b'caf\\xe9'
print(word.encode('ascii', 'xmlcharrefreplace'), 'x'.encode('ascii', 'no-such-handler'))  # expect: b'caf&#233;' b'x'
print(b'caf\xe9'.decode('latin-1'), b'caf\xe9'.decode('utf-8', 'replace'), b'caf\xe9'.decode('ascii', 'ignore'))  # expect: café caf� caf
print(b'\xff\xfe'.decode('utf-8', 'backslashreplace'), b'a\xe2\x82'.decode('utf-8', 'replace'))  # expect: \xff\xfe a�
print('€'.encode(), b'\xe2\x82\xac'.decode(), '😀'.encode(), len('😀'.encode()))  # expect: b'\xe2\x82\xac' € b'\xf0\x9f\x98\x80' 4
for raw in [b'\xff', b'a\xe9b', b'a\xe2\x82', b'\xed\xa0\x80', b'\xf0\x9f\x98', b'\xc0\x80']:
    try:
        raw.decode()
    except UnicodeDecodeError as err:
        print(err.reason, err.start, err.end, err.object, err.encoding)  # expect: invalid start byte 0 1 b'\xff' utf-8
        # expect: invalid continuation byte 1 2 b'a\xe9b' utf-8
        # expect: unexpected end of data 1 3 b'a\xe2\x82' utf-8
        # expect: invalid continuation byte 0 1 b'\xed\xa0\x80' utf-8
        # expect: unexpected end of data 0 3 b'\xf0\x9f\x98' utf-8
        # expect: invalid start byte 0 1 b'\xc0\x80' utf-8
try:
    b'abc\x80'.decode('ascii')
except UnicodeDecodeError as err:
    print(err)  # expect: 'ascii' codec can't decode byte 0x80 in position 3: ordinal not in range(128)
    print(err.args)  # expect: ('ascii', b'abc\x80', 3, 4, 'ordinal not in range(128)')
    print(isinstance(err, UnicodeError), isinstance(err, ValueError))  # expect: True True
for text, codec in [('naïve', 'ascii'), ('日本', 'latin-1'), ('€ and ¥', 'latin-1')]:
    try:
        text.encode(codec)
    except UnicodeEncodeError as err:
        print(err, err.start, err.end)  # expect: 'ascii' codec can't encode character '\xef' in position 2: ordinal not in range(128) 2 3
        # expect: 'latin-1' codec can't encode characters in position 0-1: ordinal not in range(256) 0 2
        # expect: 'latin-1' codec can't encode character '\u20ac' in position 0: ordinal not in range(256) 0 1
try:
    b'\xff'.decode('utf-8', 'no-such-handler')
except LookupError as err:
    print(err)  # expect: unknown error handler name 'no-such-handler'
err = UnicodeDecodeError('utf-8', b'xyz', 1, 2, 'made up')
print(err, repr(err))  # expect: 'utf-8' codec can't decode byte 0x79 in position 1: made up UnicodeDecodeError('utf-8', b'xyz', 1, 2, 'made up')
try:
    str('text', 'utf-8')
except TypeError as e:
    print(e)  # expect: decoding str is not supported
try:
    bytes('text')
except TypeError as e:
    print(e)  # expect: string argument without an encoding
