# 3 ** 10**7 was 90 s of schoolbook squaring; Karatsuba squares (core/mag.c)
# make it seconds, as in CPython (3.5 s).
# hostile-exit: 0
# hostile-stdout: 15849626 4720 True
# hostile-timeout: 30
x = 3 ** 10**7
print(x.bit_length(), x % 1000003, x % 3 ** 1000 == 0)
