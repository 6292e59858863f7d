# Basic slicing makes views over the same buffer (a write through one is a
# write to all); copy() makes an array of its own.  reshape and ravel make
# views where NumPy can express the result with strides.
import numpy as np

a = np.arange(10)
b = a[::2]
print(b, b.base is a, b.flags.owndata)  # expect: [0 2 4 6 8] True False
b[0] = 99
print(a)  # expect: [99  1  2  3  4  5  6  7  8  9]
c = a[2:5]
c[:] = 0
print(a)  # expect: [99  1  0  0  0  5  6  7  8  9]
d = b[1:]
print(d.base is a, np.shares_memory(a, d), np.shares_memory(b, a[1::2]))  # expect: True True False
e = a.copy()
e[1] = -1
print(a[1], e[1], e.base is None, np.shares_memory(a, e))  # expect: 1 -1 True False
r = a.reshape(2, 5)
print(r)  # expect: [[99  1  0  0  0]
# expect:  [ 5  6  7  8  9]]
print(r.base is a)  # expect: True
r[1, 0] = 55
print(a[5])  # expect: 55
m = np.arange(12).reshape(3, 4)
print(m.base is not None, m.flags.owndata)  # expect: True False
print(m[1])  # expect: [4 5 6 7]
print(m[:, 1])  # expect: [1 5 9]
print(m[1:, ::2])  # expect: [[ 4  6]
# expect:  [ 8 10]]
print(m[::-1, -1])  # expect: [11  7  3]
print(m[..., 0], m[0, ...])  # expect: [0 4 8] [0 1 2 3]
print(m[:, None].shape, m[None].shape)  # expect: (3, 1, 4) (1, 3, 4)
col = m[:, 2]
col += 100
print(m)  # expect: [[  0   1 102   3]
# expect:  [  4   5 106   7]
# expect:  [  8   9 110  11]]
row = m[0]
row[:] = [7, 7, 7, 7]
print(m[0])  # expect: [7 7 7 7]
print(m.ravel().base is m.base, m.T.ravel().base is None)  # expect: True True
print(m[:, ::2].reshape(6).base is m.base)  # expect: True
print(m.T.reshape(2, 6))  # expect: [[  7   4   8   7   5   9]
# expect:  [  7 106 110   7   7  11]]
print(m.flatten().base is None)  # expect: True
s = m[1:, 1:]
s[0, 0] = -5
print(m[1, 1], np.shares_memory(s, m))  # expect: -5 True
z = a[5:2]
print(z, z.shape)  # expect: [] (0,)
a[-1] = 1000
print(a, np.reshape(a, (5, 2))[4])  # expect: [  99    1    0    0    0   55    6    7    8 1000] [   8 1000]
