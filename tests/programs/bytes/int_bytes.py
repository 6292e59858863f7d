# int.to_bytes and int.from_bytes: an int as a fixed number of bytes, most
# significant first ('big') or last ('little'), two's complement if signed.
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (255).to_bytes())  # expect: b'\x04\x00' b'\x00\x04' b'\xff'
print((-1).to_bytes(2, 'big', signed=True), (-128).to_bytes(1, 'big', signed=True))  # expect: b'\xff\xff' b'\x80'
print((2 ** 70).to_bytes(9, 'big'), (0).to_bytes(0, 'big'), True.to_bytes(1, 'little'))  # expect: b'@\x00\x00\x00\x00\x00\x00\x00\x00' b'' b'\x01'
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))  # expect: 256 1
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\xff\xff', 'big'))  # expect: -1 65535
print(int.from_bytes([1, 2, 3], byteorder='big'), int.from_bytes(bytearray(b'\x80'), 'big', signed=True))  # expect: 66051 -128
big = int.from_bytes(b'\x80' + bytes(15), 'big', signed=True)
print(big, big.to_bytes(16, 'big', signed=True) == b'\x80' + bytes(16 - 1))  # expect: -170141183460469231731687303715884105728 True
print(int.from_bytes(b''), (12345).to_bytes(4, 'little') == bytes([0x39, 0x30, 0, 0]))  # expect: 0 True
cases = [
    lambda: (1024).to_bytes(1, 'big'),
    lambda: (-1).to_bytes(2, 'big'),
    lambda: (128).to_bytes(1, 'big', signed=True),
    lambda: (-129).to_bytes(1, 'big', signed=True),
    lambda: (1).to_bytes(-1, 'big'),
    lambda: (1).to_bytes(2, 'middle'),
    lambda: (1).to_bytes(2, None),
    lambda: (1).to_bytes('2'),
    lambda: int.from_bytes('text', 'big'),
    lambda: int.from_bytes(5),
]
for case in cases:
    try:
        case()
    except Exception as e:
        print(type(e).__name__, e)  # expect: OverflowError int too big to convert
        # expect: OverflowError can't convert negative int to unsigned
        # expect: OverflowError int too big to convert
        # expect: OverflowError int too big to convert
        # expect: ValueError length argument must be non-negative
        # expect: ValueError byteorder must be either 'little' or 'big'
        # expect: TypeError to_bytes() argument 'byteorder' must be str, not None
        # expect: TypeError 'str' object cannot be interpreted as an integer
        # expect: TypeError cannot convert 'str' object to bytes
        # expect: TypeError cannot convert 'int' object to bytes
print(int(b'42'), int(bytearray(b' -7 ')), int(b'ff', 16), float(b'2.5'))  # expect: 42 -7 255 2.5
for text in [b'4x', bytearray(b''), b'\xff']:
    try:
        int(text)
    except ValueError as e:
        print(e)  # expect: invalid literal for int() with base 10: b'4x'
        # expect: invalid literal for int() with base 10: b''
        # expect: invalid literal for int() with base 10: b'\xff'
print(ord(b'A'), ord(bytearray(b'z')))  # expect: 65 122
