# round() rounds halves to even; results near halves depend on binary floats.
print(round(2.5), round(0.5), round(1.5), round(-2.5))  # expect: 2 0 2 -2
print(round(-0.5))  # expect: 0
print(round(2.675, 2))  # expect: 2.67
print(round(0.125, 2))  # expect: 0.12
print(round(3.14159, 3))  # expect: 3.142
print(round(2.5, 0), type(round(2.5, 0)))  # expect: 2.0 <class 'float'>
print(type(round(2.5)))  # expect: <class 'int'>
