# Slicing a range gives a range: the new bounds are items of the old one,
# so slices of a huge range are cheap, and a slice can be small again.
r = range(2**70)
print(r[::2**60])  # expect: range(0, 1180591620717411303424, 1152921504606846976)
print(len(r[::2**60]), r[::2**60][-1])  # expect: 1024 1179438699212804456448
print(r[2**69:2**69 + 3], list(r[2**69:2**69 + 3]))
# expect: range(590295810358705651712, 590295810358705651715) [590295810358705651712, 590295810358705651713, 590295810358705651714]
print(r[:5], r[-3:], r[::-1])
# expect: range(0, 5) range(1180591620717411303421, 1180591620717411303424) range(1180591620717411303423, -1, -1)
print(r[-2**80:2**80:2**69], r[5:2])  # expect: range(0, 1180591620717411303424, 590295810358705651712) range(5, 2)
# The slice keeps its stop as computed, not the last item plus one.
print(range(10)[1:8:3], range(10)[::-1], range(10)[::2**70])
# expect: range(1, 8, 3) range(9, -1, -1) range(0, 10, 1180591620717411303424)
# A range that fits in 64 bits can have a slice that does not.
big = range(0, 2**63 - 1, 2**62)[::3]
print(big, list(big))  # expect: range(0, 9223372036854775808, 13835058055282163712) [0]
print(range(-2**63, 2**63 - 1)[2**63], range(-2**63, 2**63 - 1)[-2**63])  # expect: 0 -1
