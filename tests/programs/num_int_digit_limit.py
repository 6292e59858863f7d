# int(text) refuses more than 4300 digits in the bases that are not powers
# of two, counting digits only (underscores do not count).
print(int('1_' * 4299 + '1').bit_length())  # expect: 14282
print(int('1' * 5000, 16).bit_length(), int('0b' + '1' * 5000, 0).bit_length())  # expect: 19997 5000
print(int('1' * 4300, 36) > 0)  # expect: True
print(int('١٢') + int('\u2003 7 '))  # expect: 19
print(int('1_' * 4300 + '1'))  # expect-error: ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit
