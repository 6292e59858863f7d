# print uses str() of each argument.
print(1, 'a', [1, 'a'], (1,), {'k': 1}, None, True, 1.5)  # expect: 1 a [1, 'a'] (1,) {'k': 1} None True 1.5
print('')  # expect:
print([], (), {}, set())  # expect: [] () {} set()
print(print('inner'))  # expect: inner
# expect: None
