# * on sequences repeats; zero or negative gives empty.
print('ab' * 3)  # expect: ababab
print(3 * 'ab')  # expect: ababab
print('a' * 0 == '')  # expect: True
print([0] * -1)  # expect: []
print((1, 2) * 2)  # expect: (1, 2, 1, 2)
t = True
print('x' * t)  # expect: x
