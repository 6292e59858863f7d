# A few float and int methods.
print((0.5).as_integer_ratio())  # expect: (1, 2)
print((2.0).is_integer(), (2.5).is_integer())  # expect: True False
print((255).bit_length(), (0).bit_length())  # expect: 8 0
print((-7).bit_length())  # expect: 3
x = 1.5
print(x.real, x.imag)  # expect: 1.5 0.0
