# Larger ints hash to themselves modulo 2**61 - 1.
print({1000, 7, 64, 9})  # expect: {1000, 9, 64, 7}
print(set([2 ** 40, 3, 2 ** 40 + 1]))  # expect: {1099511627776, 1099511627777, 3}
print(len({2 ** 61 - 1, 0}))  # expect: 2
