print(1 < 2)  # expect: True
print(1 == 'a')  # expect: False
print(1 < 'a')  # expect-error: TypeError: '<' not supported between instances of 'int' and 'str'
