# A range's bounds may be ints of any size: the range still computes its
# items, membership and index arithmetically, without making a list.
r = range(2**70)
print(r)  # expect: range(0, 1180591620717411303424)
print(r.start, r.stop, r.step)  # expect: 0 1180591620717411303424 1
print(bool(r), bool(range(2**70, 0)))  # expect: True False
print(r[5], r[-1])  # expect: 5 1180591620717411303423
print(r[2**69], r[-2**70])  # expect: 590295810358705651712 0
print(2**69 in r, -1 in r, 2**70 in r, True in r)  # expect: True False False True
print(r.index(2**69), r.count(2**69), r.count(2**70))  # expect: 590295810358705651712 1 0
s = range(-2**65, 2**65, 2**64 + 1)
print(s, s[1], s[-1])
# expect: range(-36893488147419103232, 36893488147419103232, 18446744073709551617) -18446744073709551615 18446744073709551619
print(2**64 + 3 in s, s.index(2**64 + 3), 2**64 + 2 in s)  # expect: True 3 False
print(range(2**70, 0, -2**68))  # expect: range(1180591620717411303424, 0, -295147905179352825856)
print(r.stop is r.stop)  # expect: True
# Equality compares the sequences, as for small ranges; equal ranges hash
# alike.
print(r == range(0, 2**70, 1), r == range(2**70 + 1), range(2**70, 0) == range(0))
# expect: True False True
print(range(0, 2**70, 2**70) == range(1), hash(range(0, 2**70, 2**70)) == hash(range(1)))
# expect: True True
print(hash(r) == hash((2**70, 0, 1)))  # expect: True
