# A power of a power of two is one shift, not repeated squaring: 2 ** 10**7
# is instant, and every power of two prints and compares as python3's
# (kept in no variable: a snapshot's repr of it would pass 4300 digits).
print((2 ** 10**7).bit_length(), (4 ** 12345).bit_length())
# expect: 10000001 24691
print(2 ** 100, 8 ** 0, 1 ** 10**20, 16 ** 3, (-2) ** 5, 2 ** -2, 2 ** True)
# expect: 1267650600228229401496703205376 1 1 4096 -32 0.25 2
print((2 ** 64) ** 3 == 1 << 192, 3 ** 40, pow(2, 10))
# expect: True 12157665459056928801 1024
y = 2 ** 200
z = 2 ** 200
print(y == z, y is z)
# expect: True False
print(round(12345, -10**5), round(-150000, -5), round(65, -1), round(6 * 10**40, -41))
# expect: 0 -200000 60 100000000000000000000000000000000000000000
