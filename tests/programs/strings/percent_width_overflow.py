# %-format widths and precisions are checked as PyUnicode_Format checks
# them: refused when too big, never wrapped to a negative int.
for fmt, arg in (('%1000000000000000000000d', 1), ('%.1000000000000000000000f', 1.5),
                 ('%.2147483648f', 1.5)):
    try:
        fmt % arg
    except ValueError as e:
        print(e)  # expect: width too big
        # expect: precision too big
        # expect: precision too big
try:
    '%*d' % (10 ** 20, 1)
except OverflowError as e:
    print(e)  # expect: Python int too large to convert to C ssize_t
try:
    '%.*f' % (2 ** 31, 1.5)
except OverflowError as e:
    print(e)  # expect: Python int too large to convert to C int
print(repr('%*d' % (-5, 1)), repr('%.*f' % (3, 1.5)), repr('%.*f' % (-5, 1.5)))  # expect: '1    ' '1.500' '2'
print(len('%.600f' % 1.5), len(format(1.5, '.600f')))  # expect: 602 602
print('{:{}}|{:>{}}'.format(1, 3, 'a', 4))  # expect:   1|   a
print(format(12345, '012,d'), format(-7, '08_x'))  # expect: 0,000,012,345 -00_0007
