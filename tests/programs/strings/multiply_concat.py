# * and + on strings.
print('-' * 10)  # expect: ----------
print('ab' * 0 == '')  # expect: True
line = '=' * 3 + ' title ' + '=' * 3
print(line)  # expect: === title ===
print(len('abc' * 1000))  # expect: 3000
