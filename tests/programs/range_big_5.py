# index() of a range works arithmetically for ints; other values are
# compared with each item in turn, so 1.0 is found where 1 is.
r = range(2**70, 2**71, 3)
print(r.index(2**70 + 30), r.count(2**70 + 31))  # expect: 10 0
print(range(3).index(1.0), range(3).count(1.0), range(3).index(True))  # expect: 1 1 1
print(r.index(2**70 + 31))  # expect-error: ValueError: 1180591620717411303455 is not in range
