# print() calls str(), which refuses 10**4300 (4301 digits).
print(str(10**4300 - 1)[:3])  # expect: 999
print(10**4300)  # expect-error: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
