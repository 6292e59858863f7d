# Bytes that are not UTF-8 cannot be decoded as UTF-8.
raw = b'caf\xe9 au lait'
print(raw.decode('latin-1'))  # expect: café au lait
text = raw.decode()
# expect-error: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 3: invalid continuation byte
