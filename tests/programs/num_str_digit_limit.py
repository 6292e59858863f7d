# str(), repr(), format(x, 'd') and '%d' of an int refuse more than 4300
# digits; hex() and format(x, 'x') have no limit.
big = 10**4300
print(len(str(10**4299)), len(str(-10**4299)))  # expect: 4300 4301
print(len(hex(big)), len(format(big, 'x')))  # expect: 3574 3572
print(len(format(10**4300 - 1, ',')))  # expect: 5733
print(f'{big:,}')  # expect-error: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
