# isinstance with a type or a tuple of types.
print(isinstance(1, int), isinstance(1, float))  # expect: True False
print(isinstance(1, (float, int)))  # expect: True
print(isinstance(True, int))  # expect: True
print(isinstance('a', (list, tuple)))  # expect: False
print(isinstance([], list), isinstance((), list))  # expect: True False
print(isinstance(None, type(None)))  # expect: True
print(isinstance(list, type))  # expect: True
print(isinstance(1.0, (int, (str, float))))  # expect: True
