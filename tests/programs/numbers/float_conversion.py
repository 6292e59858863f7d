# float() from strings and ints.
print(float('3.14'))  # expect: 3.14
print(float('  1e3 '))  # expect: 1000.0
print(float(7), float(-0))  # expect: 7.0 0.0
print(float('inf'), float('-inf'), float('nan'))  # expect: inf -inf nan
print(float('1_0.5'))  # expect: 10.5
print(float('.5'), float('5.'))  # expect: 0.5 5.0
print(float(), float(True))  # expect: 0.0 1.0
print(float('-0'))  # expect: -0.0
