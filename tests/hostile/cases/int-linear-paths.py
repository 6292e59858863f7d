# Big-int paths with no 4300-digit limit in front of them, each once
# quadratic or worse: hex/bin of a 10**7-bit int (a division by 16**7 per
# seven digits), int(text, 16) (a multiplication per digit), x >> k (a
# floor division by 2**k, bit by bit), pow(a, b, m) with a 10**5-digit
# exponent (shifted right a bit at a time), a huge times a big int
# (schoolbook), and a quotient of huge ints (shift-subtract per bit).
# The values stay in no variable: a snapshot's decimal value of them
# (selfcheck builds record every run) is still quadratic.
# hostile-exit: 0
# hostile-stdout: 2500002 10000001 4000000 4999999 617502919
# hostile-stdout: 10999 7 275051
# hostile-timeout: 20
print(len(hex((1 << 10**7) // 3)), len(bin((1 << 10**7) // 3)), int('f' * 10**6, 16).bit_length(),
      ((1 << 10**7) // 3 >> 5 * 10**6).bit_length(), pow(3, 10**100000, 10**9 + 7))
print(((1 << 10**7) // 3 * (int('f' * 10**6, 16) >> 3 * 10**6)).bit_length() // 1000,
      ((1 << 10**7) // 3 * (int('f' * 10**6, 16) >> 3 * 10**6) * 7 + 5)
      // ((1 << 10**7) // 3 * (int('f' * 10**6, 16) >> 3 * 10**6)),
      (1 << 10**7) // 3 * (int('f' * 10**6, 16) >> 3 * 10**6) % 1000003)
