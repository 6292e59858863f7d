# A memoryview shows another object's bytes without copying them.
import sys
data = bytearray(b'abcdef')
view = memoryview(data)
print(len(view), view[0], view[-1], view.nbytes, view.readonly)  # expect: 6 97 102 6 False
print(view.format, view.itemsize, view.ndim, view.shape, view.strides, view.contiguous)  # expect: B 1 1 (6,) (1,) True
print(view.tolist(), view.tobytes(), view.hex(), view.hex(':'))  # expect: [97, 98, 99, 100, 101, 102] b'abcdef' 616263646566 61:62:63:64:65:66
evens = view[::2]
tail = view[3:]
print(evens.tobytes(), evens.strides, evens.contiguous, tail.tobytes(), tail.obj is data)  # expect: b'ace' (2,) False b'def' True
print(list(tail), 100 in tail, bytes(evens), bytearray(tail))  # expect: [100, 101, 102] True b'ace' bytearray(b'def')
tail[0] = 68
evens[1:] = b'CE'
print(data, view == data, view == b'abCDEf', evens == b'aCE')  # expect: bytearray(b'abCDEf') True True True
view[0:2] = view[4:6]
print(data)  # expect: bytearray(b'EfCDEf')
ro = memoryview(b'frozen')
print(ro.readonly, ro.obj, hash(ro) == hash(b'frozen'), ro[1:4].tobytes())  # expect: True b'frozen' True b'roz'
again = memoryview(view)
print(again.obj is data, again == view, sys.getsizeof(again))  # expect: True True 184
with memoryview(b'managed') as temp:
    print(temp.tobytes())  # expect: b'managed'
print(repr(temp)[:18])  # expect: <released memory a
errors = [
    ('index', lambda: view[6]),
    ('key', lambda: view['x']),
    ('toreadonly', lambda: memoryview(bytearray(b'x')).toreadonly().readonly),
    ('writable hash', lambda: hash(view)),
    ('released', lambda: temp[0]),
    ('released len', lambda: len(temp)),
    ('not bytes-like', lambda: memoryview('text')),
    ('order', lambda: view < view),
]
for name, op in errors:
    try:
        print(name, op())
    except Exception as e:
        print(name, type(e).__name__, e)  # expect: index IndexError index out of bounds on dimension 1
        # expect: key TypeError memoryview: invalid slice key
        # expect: toreadonly True
        # expect: writable hash ValueError cannot hash writable memoryview object
        # expect: released ValueError operation forbidden on released memoryview object
        # expect: released len ValueError operation forbidden on released memoryview object
        # expect: not bytes-like TypeError memoryview: a bytes-like object is required, not 'str'
        # expect: order TypeError '<' not supported between instances of 'memoryview' and 'memoryview'
def assign(target, key, value):
    target[key] = value
for key, value in [(0, 256), (0, 'a'), (slice(0, 2), b'xyz'), (slice(0, 2), 'ab')]:
    try:
        assign(view, key, value)
    except Exception as e:
        print(type(e).__name__, e)  # expect: ValueError memoryview: invalid value for format 'B'
        # expect: TypeError memoryview: invalid type for format 'B'
        # expect: ValueError memoryview assignment: lvalue and rvalue have different structures
        # expect: TypeError a bytes-like object is required, not 'str'
try:
    assign(ro, 0, 1)
except TypeError as e:
    print(e)  # expect: cannot modify read-only memory
try:
    del view[0]
except TypeError as e:
    print(e)  # expect: cannot delete memory
view.release()
evens.release()
tail.release()
again.release()
data.extend(b'!')
print(data, sys.getsizeof(data))  # expect: bytearray(b'EfCDEf!') 66
