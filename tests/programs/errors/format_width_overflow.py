# A width or precision too big for CPython's Py_ssize_t is refused, not
# wrapped or allocated.
try:
    format(1, '1000000000000000000000d')
except ValueError as e:
    print(e)  # expect: Too many decimal digits in format string
print(format(2.5, '.99999999999999999999f'))  # expect-error: ValueError: Too many decimal digits in format string
