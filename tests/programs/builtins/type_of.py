# type() of built-in values.
print(type(1), type(1.0), type('a'))  # expect: <class 'int'> <class 'float'> <class 'str'>
print(type([]), type(()), type({}))  # expect: <class 'list'> <class 'tuple'> <class 'dict'>
print(type(set()), type(frozenset()))  # expect: <class 'set'> <class 'frozenset'>
print(type(None), type(True))  # expect: <class 'NoneType'> <class 'bool'>
print(type(range(3)), type(type))  # expect: <class 'range'> <class 'type'>
print(type(len))  # expect: <class 'builtin_function_or_method'>
print(type([]) is list, type(True) is int)  # expect: True False
print(type(1) == type(2))  # expect: True
print(list)  # expect: <class 'list'>
