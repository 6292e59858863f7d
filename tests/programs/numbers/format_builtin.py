# format() with common specs.
print(format(1234567, ','))  # expect: 1,234,567
print(format(1234567, '_'))  # expect: 1_234_567
print('[' + format('x', '>10') + ']')  # expect: [         x]
print('[' + format('x', '^10') + ']')  # expect: [    x     ]
print('[' + format(42, '<6') + ']')  # expect: [42    ]
print(format(3.14159, '+.3f'))  # expect: +3.142
print(format(-3.5, '+.3f'))  # expect: -3.500
print(format(0.256, '%'))  # expect: 25.600000%
print(format(0.256, '.1%'))  # expect: 25.6%
print(format(12345.678, 'e'))  # expect: 1.234568e+04
print(format(255, 'x'), format(255, 'X'), format(255, '#x'))  # expect: ff FF 0xff
print(format(3.14159, '08.3f'))  # expect: 0003.142
print(format(5, 'b'), format(5, '08b'), format(5, '#b'))  # expect: 101 00000101 0b101
print(format(1234567.891, ',.2f'))  # expect: 1,234,567.89
print(format(123456789.0, 'g'))  # expect: 1.23457e+08
print(format(42), format(1.5), format('s'))  # expect: 42 1.5 s
