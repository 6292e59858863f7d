# The integer functions are exact on ints of any size; bools count as 0
# and 1.
import math
import sys

print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(True))  # expect: 0 3 4 1
print(math.isqrt(2 ** 64 - 1), math.isqrt(2 ** 128), math.isqrt(10 ** 50 + 12345))  # expect: 4294967295 18446744073709551616 10000000000000000000000000
r = math.isqrt(10 ** 100)
print(r == 10 ** 50, sys.getsizeof(r))  # expect: True 48
print(math.factorial(0), math.factorial(5), math.factorial(True), math.factorial(25))  # expect: 1 120 1 15511210043330985984000000
print(len(str(math.factorial(1000))), math.factorial(100) % 10 ** 30)  # expect: 2568 916864000000000000000000000000
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, 18, 8))  # expect: 0 12 12 6 2
print(math.gcd(0, 0), math.gcd(0, -7), math.gcd(-2 ** 100, 6 * 2 ** 70))  # expect: 0 7 2361183241434822606848
print(math.lcm(), math.lcm(-4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6))  # expect: 1 4 12 60 0 12
print(math.lcm(2 ** 70, 3), math.gcd(True, 4))  # expect: 3541774862152233910272 1
big = 2 ** 100
print(math.gcd(big) is big, math.lcm(big) is big)  # expect: True True
print(math.comb(5, 2), math.comb(50, 25), math.comb(3, 5), math.comb(10, 0), math.comb(True, True))  # expect: 10 126410606437752 0 1 1
print(math.comb(2 ** 70, 2), math.comb(5, 10 ** 30))  # expect: 696898287454081973172400900209902591410176 0
print(math.perm(5), math.perm(5, 2), math.perm(5, None), math.perm(3, 5), math.perm(50, 10))  # expect: 120 20 120 0 37276043023296000
print(math.perm(2 ** 70, 2), math.perm(5, 10 ** 30))  # expect: 1393796574908163946344801800419805182820352 0
print(math.comb(100, 50) == math.factorial(100) // math.factorial(50) ** 2)  # expect: True
print(math.prod(range(1, 30)), math.prod([2 ** 40, 2 ** 40]))  # expect: 8841761993739701954543616000000 1208925819614629174706176
