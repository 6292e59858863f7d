# float(text) reads Python's grammar only: inf, infinity and nan in any case
# with a sign, decimal numbers with underscores between digits, white space
# around, other scripts' digits; no C forms such as hex or nan(...).
print(float('infinity'), float('-iNF'), float('+INFINITY'), float('NaN'))  # expect: inf -inf inf nan
print(float(' 1e5 '), float('1_000.5'), float('5.e1'), float('.5'))  # expect: 100000.0 1000.5 50.0 0.5
print(float('1e500'), float('-1e500'), float('1e-500'))  # expect: inf -inf 0.0
print(float('١.٥'), float('\u2003 2.5 \u3000'), float('\t\n 3.5 \r\n'))  # expect: 1.5 2.5 3.5
print(float('2.4703282292062328e-324'), float('9007199254740993'))  # expect: 5e-324 9007199254740992.0
print(float('nan(123)'))  # expect-error: ValueError: could not convert string to float: 'nan(123)'
