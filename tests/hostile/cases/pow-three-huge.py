# 3 ** 10**7 was 90 s of schoolbook squaring; Karatsuba squares (core/mag.c)
# make it seconds, as in CPython (3.5 s).  Kept in no variable: a
# snapshot's value of it (selfcheck builds record every run) is a
# quadratic decimal conversion of 4.8 million digits.
# hostile-exit: 0
# hostile-stdout: 4720
# hostile-timeout: 30
print(3 ** 10**7 % 1000003)
