# int() of a million nines: the 4300-digit limit, as python3.
# hostile-exit: 1
# hostile-stderr: ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 1000000 digits; use sys.set_int_max_str_digits() to increase the limit
x = int("9" * 10 ** 6)
