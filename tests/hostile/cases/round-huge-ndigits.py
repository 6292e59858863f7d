# round() to a power of ten past twice the number is 0, said without
# building the power (CPython computes 10**(10**10) and does not finish).
# hostile-exit: 0
# hostile-stdout: 0 0
# hostile-timeout: 20
print(round(12345, -10**10), round(-7, -10**30))
