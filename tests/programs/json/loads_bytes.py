# json.loads of bytes: UTF-8 (json.detect_encoding's choice for them),
# with or without a BOM, decoded to a str first.
import json

print(json.loads(b'{"a": [1, "\xc3\xa9"]}'), json.loads(bytearray(b"[1]")), json.loads(b"\xef\xbb\xbf[2]"))  # expect: {'a': [1, 'é']} [1] [2]
for raw in [b"\xff", b"[1", b'"\xe2\x82"', b""]:
    try:
        json.loads(raw)
    except ValueError as err:
        print(type(err).__name__, err)
# expect: UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
# expect: JSONDecodeError Expecting ',' delimiter: line 1 column 3 (char 2)
# expect: UnicodeDecodeError 'utf-8' codec can't decode bytes in position 1-2: invalid continuation byte
# expect: JSONDecodeError Expecting value: line 1 column 1 (char 0)
try:
    json.loads("\ufeff[1]")
except ValueError as err:
    print(err)  # expect: Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)
