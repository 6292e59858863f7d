# in tests substrings; comparison is by code point.
print('ss' in 'mississippi')  # expect: True
print('' in 'abc')  # expect: True
print('x' not in 'abc')  # expect: True
print('apple' < 'banana')  # expect: True
print('Zebra' < 'apple')  # expect: True
print('a' < 'B')  # expect: False
print('abc' == 'abc', 'abc' != 'ABC')  # expect: True True
print(max('hello'), min('hello'))  # expect: o e
