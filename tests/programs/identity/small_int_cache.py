# Ints from -5 to 256 are cached; values computed at run time show the boundary.
print(int('256') is int('256'))  # expect: True
print(int('257') is int('257'))  # expect: False
print(int('-5') is int('-5'))  # expect: True
print(int('-6') is int('-6'))  # expect: False
print(int('0') is int('-0'))  # expect: True
print(int('257') == int('257'))  # expect: True
