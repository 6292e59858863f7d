# Which bytes objects are shared, as in CPython 3.11: b'' and the 256
# one-byte bytes are cached; slices and pieces of one byte are the cached
# ones, results built in place are new; an unchanged bytes is itself.
data = b'hello'
a = b'A'
print(bytes() is b'', b'xy'[2:] is b'', bytes(0) is b'')  # expect: True True True
print(bytes([65]) is a, b'BA'[1:] is a, b'A,B'.split(b',')[0] is a, bytes.fromhex('41') is a)  # expect: True True True True
print(bytes((65,)) is a, bytes(bytearray(b'A')) is a, b'AB'[::2] is a, b'a'.upper() is a)  # expect: False False False False
print('A'.encode() is a, b'A'.decode() is 'A'.lower().upper(), memoryview(b'A').tobytes() is a)  # expect: True False False
print(data[:] is data, data * 1 is data, data + b'' is data, b'' + data is data, bytes(data) is data)  # expect: True True True True True
print(data.strip() is data, data.replace(b'x', b'y') is data, data.lower() is data, data.center(3) is data)  # expect: True True False True
print(data.split()[0] is data, data.partition(b'x')[0] is data, b''.join([data]) is data)  # expect: True True True
zero = 0
print(data * zero is b'', len(data * zero))  # expect: False 0
buf = bytearray(data)
print(buf[:] is buf, buf.strip() is buf, bytearray(buf) is buf, buf.copy() == buf)  # expect: False False False True
x = b'same'
y = b'same'
def f():
    return b'same'
print(x is y, f() is x, b'sa' + b'me' is x)  # expect: True True True
