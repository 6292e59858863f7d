# A format width with too many digits.
# hostile-exit: 1
# hostile-stderr: ValueError: Too many decimal digits in format string
format(1, '1000000000000000000000d')
