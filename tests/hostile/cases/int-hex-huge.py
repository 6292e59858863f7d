# hex(), bin(), oct() and format() of a 10-million-bit int: python3 prints
# them at once; refviz divided by the base again and again (a million
# bits took 8 s, ten million did not finish).
# hostile-exit: 0
# hostile-stdout: 250003 1000003 333336 250001 250003
# hostile-timeout: 10
# hostile-env: REFVIZ_SELFCHECK=0
x = 1 << 10 ** 6
print(len(hex(x)), len(bin(x)), len(oct(x)), len(format(x, "x")), len("%#x" % x))
