# float(int) rounds once, half to even on the binary value (PyLong_AsDouble),
# and so does every int mixed into float arithmetic.
x = 2**95 + 2**42 + 1
print(float(x))  # expect: 3.961408125713218e+28
print(float(2**95 + 2**42), float(2**95 + 2**43 + 2**42))  # expect: 3.961408125713217e+28 3.961408125713219e+28
print(x + 0.0, x * 1.0, 0.5 * x)  # expect: 3.961408125713218e+28 3.961408125713218e+28 1.980704062856609e+28
print(x == 3.961408125713218e+28, x < 3.961408125713218e+28)  # expect: False True
print(float(2**127 + 2**74 + 1))  # expect: 1.7014118346046927e+38
print(x ** -1)  # expect: 2.5243548967072372e-29
print(float(2**1024 - 2**970 - 1))  # expect: 1.7976931348623157e+308
print(float(2**1024 - 2**970))  # expect-error: OverflowError: int too large to convert to float
