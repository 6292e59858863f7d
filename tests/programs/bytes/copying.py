# copy returns bytes as they are (immutable) and a bytearray as a new one.
import copy
import sys
data = b'frozen'
buf = bytearray(b'thawed')
buf.append(33)
shallow = copy.copy(buf)
deep = copy.deepcopy(buf)
print(copy.copy(data) is data, copy.deepcopy(data) is data)  # expect: True True
print(shallow == buf, shallow is buf, deep is buf, sys.getsizeof(buf), sys.getsizeof(shallow))  # expect: True False False 66 64
nested = [data, buf, buf]
clone = copy.deepcopy(nested)
print(clone[0] is data, clone[1] is buf, clone[1] is clone[2])  # expect: True False True
buf[0] = 84
print(buf, shallow, clone[1])  # expect: bytearray(b'Thawed!') bytearray(b'thawed!') bytearray(b'thawed!')
view = memoryview(buf)
try:
    copy.copy(view)
except TypeError as e:
    print(e)  # expect: cannot pickle memoryview objects
