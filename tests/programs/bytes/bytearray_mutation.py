# A bytearray changes in place: the same object, a new value and size.
import sys
buf = bytearray(b'abc')
same = buf
buf.append(100)
print(buf, sys.getsizeof(buf))  # expect: bytearray(b'abcd') 63
buf.extend(b'ef')
buf.extend([103, 104])
buf.extend(bytearray(b'i'))
print(buf, sys.getsizeof(buf))  # expect: bytearray(b'abcdefghi') 72
print(buf.pop(), buf.pop(0), buf)  # expect: 105 97 bytearray(b'bcdefgh')
buf.insert(0, 65)
buf.insert(100, 90)
buf.insert(-1, 89)
print(buf)  # expect: bytearray(b'AbcdefghYZ')
buf.remove(100)
buf.reverse()
print(buf, sys.getsizeof(buf))  # expect: bytearray(b'ZYhgfecbA') 68
buf[0] = 122
buf[1:3] = b'XY'
buf[-2:] = b''
print(buf)  # expect: bytearray(b'zXYgfec')
buf[2:2] = b'123'
buf[::2] = bytes(len(buf[::2]))
print(buf, sys.getsizeof(buf))  # expect: bytearray(b'\x00X\x002\x00Y\x00f\x00c') 68
del buf[0]
del buf[1:3]
del buf[::2]
print(buf, sys.getsizeof(buf))  # expect: bytearray(b'\x00\x00\x00') 60
buf += b'+='
buf *= 2
print(buf, sys.getsizeof(buf), buf is same)  # expect: bytearray(b'\x00\x00\x00+=\x00\x00\x00+=') 67 True
copy = buf.copy()
buf.clear()
print(buf, copy, sys.getsizeof(buf), sys.getsizeof(copy))  # expect: bytearray(b'') bytearray(b'\x00\x00\x00+=\x00\x00\x00+=') 57 67
buf[:] = b'new'
print(buf, sys.getsizeof(buf), buf is same)  # expect: bytearray(b'new') 60 True
view = bytearray(b'abcdef')
view[1:4] = [1, 2, 3, 4]
print(view, sys.getsizeof(view))  # expect: bytearray(b'a\x01\x02\x03\x04ef') 66
view[3:1] = b'Q'
view[::-1] = view
print(view)  # expect: bytearray(b'fe\x04\x03Q\x02\x01a')
def setitem(i, v):
    view[i] = v
def iadd(v):
    global view
    view += v
errors = [
    ('append str', lambda: view.append('x')),
    ('append 256', lambda: view.append(256)),
    ('extend int', lambda: view.extend(5)),
    ('extend bad', lambda: view.extend([1, 300])),
    ('pop empty', lambda: bytearray().pop()),
    ('pop range', lambda: view.pop(50)),
    ('remove', lambda: view.remove(0x7a)),
    ('setitem', lambda: setitem(0, 300)),
    ('slice int', lambda: setitem(slice(0, 1), 5)),
    ('extended', lambda: setitem(slice(None, None, 2), b'ab')),
    ('index', lambda: setitem(100, 1)),
    ('iadd', lambda: iadd('str')),
]
for name, op in errors:
    try:
        op()
        print(name, 'no error')
    except Exception as e:
        print(name, type(e).__name__, e)  # expect: append str TypeError 'str' object cannot be interpreted as an integer
        # expect: append 256 ValueError byte must be in range(0, 256)
        # expect: extend int TypeError can't extend bytearray with int
        # expect: extend bad ValueError byte must be in range(0, 256)
        # expect: pop empty IndexError pop from empty bytearray
        # expect: pop range IndexError pop index out of range
        # expect: remove ValueError value not found in bytearray
        # expect: setitem ValueError byte must be in range(0, 256)
        # expect: slice int TypeError can assign only bytes, buffers, or iterables of ints in range(0, 256)
        # expect: extended ValueError attempt to assign bytes of size 2 to extended slice of size 4
        # expect: index IndexError bytearray index out of range
        # expect: iadd TypeError can't concat str to bytearray
print(view)  # expect: bytearray(b'fe\x04\x03Q\x02\x01a')
