# printf-style % formatting.
print('%s is %d years' % ('Ann', 7))  # expect: Ann is 7 years
print('%5.2f|' % 3.14159)  # expect:  3.14|
print('%-5s|' % 'ab')  # expect: ab   |
print('%r' % 'x')  # expect: 'x'
print('%x %X %o' % (255, 255, 8))  # expect: ff FF 10
print('%03d' % 7)  # expect: 007
print('100%%' % ())  # expect: 100%
print('%s' % [1, 2])  # expect: [1, 2]
print('%(a)s-%(b)s' % {'a': 1, 'b': 2})  # expect: 1-2
print('%e' % 12345.678)  # expect: 1.234568e+04
