# A str.format field index with too many digits.
# hostile-exit: 1
# hostile-stderr: ValueError: Too many decimal digits in format string
'{99999999999999999999999}'.format(1)
