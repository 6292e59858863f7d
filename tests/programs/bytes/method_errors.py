# The methods' argument errors, as CPython words them.
data = b'hello world'
buf = bytearray(b'hello')
# (two lists: CPython builds a display of over 30 items by appends)
cases = [
    lambda: data.find(),
    lambda: data.find('l'),
    lambda: data.find(300),
    lambda: data.find(b'l', 'x'),
    lambda: data.index(b'z'),
    lambda: buf.rindex(b'z'),
    lambda: data.count(),
    lambda: data.startswith('h'),
    lambda: data.startswith((b'x', 'h')),
    lambda: data.endswith(104),
    lambda: data.split(b''),
    lambda: data.split('o'),
    lambda: data.split(sep=None, maxsplit='1'),
    lambda: data.split(b'a', 1, 2),
    lambda: data.strip('h'),
    lambda: data.strip(1, 2),
    lambda: data.replace(b'l'),
    lambda: data.replace('l', b'L'),
    lambda: data.replace(b'l', b'L', 'x'),
    lambda: data.upper(1),
    lambda: data.center(),
    lambda: data.center(20, '*'),
    lambda: data.center(20, b'**'),
    lambda: data.zfill(),
    lambda: data.partition(b''),
    lambda: data.partition('x'),
    lambda: data.join([b'a', 'b']),
    lambda: data.join(5),
]
more_cases = [
    lambda: data.hex('::'),
    lambda: data.hex(1),
    lambda: data.hex('é'),
    lambda: bytes.fromhex('0'),
    lambda: bytes.fromhex('zz'),
    lambda: bytes.fromhex(b'01'),
    lambda: data.translate(b'x'),
    lambda: bytes.maketrans(b'a', b'bc'),
    lambda: data.decode(1),
    lambda: data.decode('utf-8', 'strict', 3),
    lambda: data.expandtabs('x'),
    lambda: data.removeprefix('h'),
    lambda: buf.insert(0),
    lambda: buf.pop('a'),
]
for case in cases + more_cases:
    try:
        case()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)  # expect: TypeError find() takes at least 1 argument (0 given)
        # expect: TypeError argument should be integer or bytes-like object, not 'str'
        # expect: ValueError byte must be in range(0, 256)
        # expect: TypeError slice indices must be integers or None or have an __index__ method
        # expect: ValueError subsection not found
        # expect: ValueError subsection not found
        # expect: TypeError count() takes at least 1 argument (0 given)
        # expect: TypeError startswith first arg must be bytes or a tuple of bytes, not str
        # expect: TypeError a bytes-like object is required, not 'str'
        # expect: TypeError endswith first arg must be bytes or a tuple of bytes, not int
        # expect: ValueError empty separator
        # expect: TypeError a bytes-like object is required, not 'str'
        # expect: TypeError 'str' object cannot be interpreted as an integer
        # expect: TypeError split() takes at most 2 arguments (3 given)
        # expect: TypeError a bytes-like object is required, not 'str'
        # expect: TypeError strip expected at most 1 argument, got 2
        # expect: TypeError replace expected at least 2 arguments, got 1
        # expect: TypeError a bytes-like object is required, not 'str'
        # expect: TypeError 'str' object cannot be interpreted as an integer
        # expect: TypeError bytes.upper() takes no arguments (1 given)
        # expect: TypeError center expected at least 1 argument, got 0
        # expect: TypeError center() argument 2 must be a byte string of length 1, not str
        # expect: TypeError center() argument 2 must be a byte string of length 1, not bytes
        # expect: TypeError bytes.zfill() takes exactly one argument (0 given)
        # expect: ValueError empty separator
        # expect: TypeError a bytes-like object is required, not 'str'
        # expect: TypeError sequence item 1: expected a bytes-like object, str found
        # expect: TypeError can only join an iterable
        # expect: ValueError sep must be length 1.
        # expect: TypeError object of type 'int' has no len()
        # expect: ValueError sep must be ASCII.
        # expect: ValueError non-hexadecimal number found in fromhex() arg at position 1
        # expect: ValueError non-hexadecimal number found in fromhex() arg at position 0
        # expect: TypeError fromhex() argument must be str, not bytes
        # expect: ValueError translation table must be 256 characters long
        # expect: ValueError maketrans arguments must have same length
        # expect: TypeError decode() argument 'encoding' must be str, not int
        # expect: TypeError decode() takes at most 2 arguments (3 given)
        # expect: TypeError 'str' object cannot be interpreted as an integer
        # expect: TypeError a bytes-like object is required, not 'str'
        # expect: TypeError insert expected 2 arguments, got 1
        # expect: TypeError 'str' object cannot be interpreted as an integer
