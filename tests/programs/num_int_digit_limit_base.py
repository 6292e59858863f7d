# Base 3 is limited like base 10 (only powers of two are exempt).
print(int('2' * 4300, 3) % 7)  # expect: 3
print(int('1' * 4301, 3))  # expect-error: ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit
