# int() of a 4-million-digit hex string and of a million binary digits
# (no digit limit for power-of-two bases): python3 takes a second; refviz
# multiplied digit by digit and did not finish in a minute.
# hostile-exit: 0
# hostile-stdout: 4000000 1000000 True
# hostile-timeout: 10
# hostile-env: REFVIZ_SELFCHECK=0
x = int("f" * 10 ** 6, 16)
y = int("0b" + "1" * 10 ** 6, 0)
print(x.bit_length(), y.bit_length(), int(hex(x), 16) == x)
