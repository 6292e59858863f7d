# Mixing int and float gives float.
print(1 + 2.0)  # expect: 3.0
print(3 * 1.5)  # expect: 4.5
print(10 - 0.5)  # expect: 9.5
print(type(1 + 1.0))  # expect: <class 'float'>
print(type(2 * 3))  # expect: <class 'int'>
print(1 == 1.0)  # expect: True
print(2 < 2.5 < 3)  # expect: True
print(7 // 2.0)  # expect: 3.0
