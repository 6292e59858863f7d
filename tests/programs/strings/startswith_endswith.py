# startswith/endswith accept a tuple of prefixes.
name = 'report.csv'
print(name.startswith('rep'))  # expect: True
print(name.endswith('.txt'))  # expect: False
print(name.endswith(('.txt', '.csv')))  # expect: True
print(name.startswith('port', 2))  # expect: True
print(''.startswith(''))  # expect: True
