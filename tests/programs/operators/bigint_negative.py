# Floor division and modulo on negative big ints.
n = -(10 ** 25)
print(n // 7)  # expect: -1428571428571428571428572
print(n % 7)  # expect: 4
print(abs(n))  # expect: 10000000000000000000000000
print(n * n)  # expect: 100000000000000000000000000000000000000000000000000
print(-n - 1)  # expect: 9999999999999999999999999
