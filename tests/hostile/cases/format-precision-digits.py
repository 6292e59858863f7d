# A format precision with too many digits.
# hostile-exit: 1
# hostile-stderr: ValueError: Too many decimal digits in format string
format(1.5, '.1000000000000000000000f')
