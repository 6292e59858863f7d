# Products and powers of big ints: Karatsuba above its cutoff (squares
# too), unbalanced products in pieces of the shorter operand, powers from
# the exponent's top bit down, Knuth's division, shifts and hex as bits.
# Each result is checked by its bit_length, a residue and its hash as
# python3 gives them, and kept in no variable (a snapshot's repr of it
# would pass 4300 digits).
print((3 ** 10**6).bit_length(), 3 ** 10**6 % 1000003, hash(3 ** 10**6))
# expect: 1584963 222223 163732605560283221
print((7 ** 2**18).bit_length(), 7 ** 2**18 % 1000003, hash(-(7 ** 2**18)))
# expect: 735932 69801 -982430320753654123
print((10**100000 * (10**100000 + 1)).bit_length(), 10**100000 * (10**100000 + 1) % 1000003)
# expect: 664386 603879
print(3 ** 10**6 * 7 ** 1000 % 1000003, 3 ** 10**6 * 5 ** 30 % 999983, 7 ** 1000 * 3 ** 10**6 == 3 ** 10**6 * 7 ** 1000)
# expect: 31328 840307 True
print((-3) ** 100001 * 7 ** 5000 % 1000003, hash((-3) ** 100001 * 7 ** 5000), (-3) ** 100001 * -(7 ** 5000) > 0)
# expect: 966437 -431420294195456267 True
print(3 ** 200000 * 3 ** 100000 == 3 ** 300000, (10**50000 + 1) ** 2 - 10**100000 - 2 * 10**50000)
# expect: True 1
print(3 ** 300000 // 3 ** 100000 == 3 ** 200000, divmod(7 ** 100000 + 12345, 3 ** 50000)[1] % 1000003)
# expect: True 744460
print((3 ** 10**6 >> 12345) % 1000003, (-(3 ** 10**6) >> 777) % 1000003, (-(3 ** 1000) >> 10**6))
# expect: 65121 262801 -1
print(len(hex(3 ** 10**5)), hex(3 ** 10**5)[-12:], bin(3 ** 10**5)[:12], oct(-(3 ** 10**5))[-8:])
# expect: 39627 a76ecc8d7081 0b1001100000 43270201
print(int('f' * 100000, 16) == 16 ** 100000 - 1, int('1_0' * 50000, 2) % 1000003)
# expect: True 994054
print(pow(3, 10**5000, 10**9 + 7), pow(3 ** 5000, 2**100, 3 ** 4001 + 2) % 1000003)
# expect: 205195991 123324
print(3 ** 100000 / 3 ** 99990, 1 ** 10**100, (-1) ** (10**100 + 1), 0 ** 10**100)
# expect: 59049.0 1 -1 0
import math
print(math.isqrt(3 ** 100001) % 1000003, math.isqrt(10**20000) == 10**10000, math.isqrt(10**20000 - 1) == 10**10000 - 1)
# expect: 212279 True True
