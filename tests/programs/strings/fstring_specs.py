# f-string format specs, including nested fields.
x = 3.14159
w = 8
p = 2
print(f'[{x:{w}.{p}f}]')  # expect: [    3.14]
print(f'[{x:.{p + 1}f}]')  # expect: [3.142]
print(f'[{"ab":>{w}}]')  # expect: [      ab]
print(f'{1234567:,}')  # expect: 1,234,567
print(f'{255:#x} {255:08b}')  # expect: 0xff 11111111
print(f'{0.25:.0%}')  # expect: 25%
print(f'{42:^7d}|')  # expect:   42   |
