# While a memoryview exports a bytearray's memory, the bytearray cannot
# grow or shrink (the view would point at freed memory).
data = bytearray(b'abc')
view = memoryview(data)
data[0] = 65
print(view.tobytes())  # expect: b'Abc'
data.extend(b'def')
# expect-error: BufferError: Existing exports of data: object cannot be re-sized
