# A memoryview is a window onto a bytearray's memory: no copy is made, so a
# change through either name shows through the other.
import sys
data = bytearray(b'hello')
view = memoryview(data)
print(view[0], len(view))  # expect: 104 5
data[0] = 74
print(view[0], view.tobytes())  # expect: 74 b'Jello'
view[1] = 105
print(data)  # expect: bytearray(b'Jillo')
print(view.obj is data, view.readonly, view.nbytes)  # expect: True False 5
print(sys.getsizeof(data), sys.getsizeof(view))  # expect: 62 184
part = view[1:3]
print(part.tobytes(), part.obj is data)  # expect: b'il' True
part[0] = 101
print(data)  # expect: bytearray(b'Jello')
try:
    data.append(33)
except BufferError as err:
    print(err)  # expect: Existing exports of data: object cannot be re-sized
view.release()
part.release()
data.append(33)
print(data, sys.getsizeof(data))  # expect: bytearray(b'Jello!') 65
frozen = bytes(data)
print(frozen, sys.getsizeof(frozen))  # expect: b'Jello!' 39
