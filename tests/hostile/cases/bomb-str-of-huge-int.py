# str() of a 100,000-digit int: the 4300-digit limit, as python3.
# hostile-exit: 1
# hostile-stderr: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
x = str(10 ** 100000)
