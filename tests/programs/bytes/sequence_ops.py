# bytes and bytearray are sequences of small ints: indexing gives an int,
# slicing gives the same kind of object, iteration yields ints.
import sys
data = b'hello'
buf = bytearray(b'hello')
print(data[0], data[-1], buf[1], buf[-2])  # expect: 104 111 101 108
print(data[1:3], data[::-1], data[::2], buf[1:3], buf[::-1])  # expect: b'el' b'olleh' b'hlo' bytearray(b'el') bytearray(b'olleh')
print(list(data), [b for b in buf], tuple(data[:2]))  # expect: [104, 101, 108, 108, 111] [104, 101, 108, 108, 111] (104, 101)
print(b'll' in data, 108 in data, b'' in buf, 120 in buf, bytearray(b'lo') in data)  # expect: True True True False True
print(data + b'!', buf + b'!', data + buf, b'ab' * 3, 2 * bytearray(b'xy'))  # expect: b'hello!' bytearray(b'hello!') b'hellohello' b'ababab' bytearray(b'xyxy')
print(data == buf, buf == data, data == 'hello', b'a' < b'b', b'ab' < b'abc', buf > b'hell')  # expect: True True False True True True
print(len(data), len(buf), len(b''), bool(b''), bool(bytearray()), bool(b'\x00'))  # expect: 5 5 0 False False True
print(hash(b'abc') == hash('abc'), hash(b'') == 0)  # expect: True True
print(sorted(b'cab'), max(data), min(buf), sum(b'\x01\x02\x03'))  # expect: [97, 98, 99] 111 101 6
print({b'k': 1}[b'k'], sorted({b'b', b'a'}), list(reversed(buf)), list(enumerate(b'ab')))  # expect: 1 [b'a', b'b'] [111, 108, 108, 101, 104] [(0, 97), (1, 98)]
print(sys.getsizeof(b''), sys.getsizeof(data), sys.getsizeof(b'x' * 100))  # expect: 33 38 133
print(sys.getsizeof(bytearray()), sys.getsizeof(buf), sys.getsizeof(buf[1:3]))  # expect: 56 62 59
print(str(buf), repr(buf), bytearray(b"it's"), bytearray(b'"q"'))  # expect: bytearray(b'hello') bytearray(b'hello') bytearray(b"it\'s") bytearray(b'"q"')
for name, op in [('index', lambda: data[5]), ('bytearray index', lambda: buf[-6]),
                 ('str index', lambda: data['x']), ('concat', lambda: data + 'x'),
                 ('repeat', lambda: data * 'x'), ('contains', lambda: 'h' in data),
                 ('byte', lambda: 256 in data), ('order', lambda: data < 'x'),
                 ('hash', lambda: hash(buf)), ('ba concat', lambda: buf + 1)]:
    try:
        op()
    except Exception as e:
        print(name, type(e).__name__, e)  # expect: index IndexError index out of range
        # expect: bytearray index IndexError bytearray index out of range
        # expect: str index TypeError byte indices must be integers or slices, not str
        # expect: concat TypeError can't concat str to bytes
        # expect: repeat TypeError can't multiply sequence by non-int of type 'str'
        # expect: contains TypeError a bytes-like object is required, not 'str'
        # expect: byte ValueError byte must be in range(0, 256)
        # expect: order TypeError '<' not supported between instances of 'bytes' and 'str'
        # expect: hash TypeError unhashable type: 'bytearray'
        # expect: ba concat TypeError can't concat int to bytearray
