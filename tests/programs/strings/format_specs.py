# Format specs inside str.format.
print('[{:>6}]'.format('ab'))  # expect: [    ab]
print('[{:<6}]'.format('ab'))  # expect: [ab    ]
print('[{:^6}]'.format('ab'))  # expect: [  ab  ]
print('[{:*^7}]'.format('ab'))  # expect: [**ab***]
print('{:.2f}'.format(3.14159))  # expect: 3.14
print('{:8.3f}|'.format(2.5))  # expect:    2.500|
print('{:05d}'.format(42))  # expect: 00042
print('{:,}'.format(1234567))  # expect: 1,234,567
print('{:x} {:o} {:b}'.format(255, 8, 5))  # expect: ff 10 101
print('{:+d} {:+d}'.format(5, -5))  # expect: +5 -5
print('{0:>{1}}|'.format('r', 4))  # expect:    r|
