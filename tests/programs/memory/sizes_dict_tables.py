# Dict tables are sized by 3.11's calculate_log2_keysize, which rounds a
# wish for 3 or 6 slots up to 16 and one for 32 up to 64; deleted entries
# and popitem do not give room back; copy() clones a mostly live table and
# compacts a mostly deleted one; dict(d) sizes for d's items first.
import sys
d = {}
d['a'] = 1
d['b'] = 2
print(sys.getsizeof(d))  # expect: 184
d[1] = 3
print(sys.getsizeof(d))  # expect: 352
d = {'k0': 0, 'k1': 1, 'k2': 2, 'k3': 3, 'k4': 4}
for k in ['k0', 'k1', 'k2', 'k3']:
    del d[k]
d['z'] = 0
print(sys.getsizeof(d))  # expect: 272
d = {'k0': 0, 'k1': 1, 'k2': 2, 'k3': 3, 'k4': 4}
print(d.popitem())  # expect: ('k4', 4)
d['x'] = 1
print(sys.getsizeof(d), d)  # expect: 272 {'k0': 0, 'k1': 1, 'k2': 2, 'k3': 3, 'x': 1}
o = {}
for i in range(20):
    o['k' + str(i)] = i
d = {}
d['x'] = 0
d.update(o)
print(len(d), sys.getsizeof(d))  # expect: 21 832
d = {}
for i in range(11):
    d['k' + str(i)] = i
del d['k0']
print(sys.getsizeof(d), sys.getsizeof(d.copy()))  # expect: 464 464
for i in range(1, 9):
    del d['k' + str(i)]
print(sys.getsizeof(d.copy()))  # expect: 272
a = {'k39': 0, 'k3': 1, 'k32': 2, 25: 3, 2: 55}
print(sys.getsizeof(a), sys.getsizeof(dict(a)))  # expect: 352 224
print(sys.getsizeof(dict.fromkeys(o)))  # expect: 464
