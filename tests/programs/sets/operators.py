# Set operators | & - ^.
a = {1, 2, 3}
b = {2, 3, 4}
print(a | b)  # expect: {1, 2, 3, 4}
print(a & b)  # expect: {2, 3}
print(a - b)  # expect: {1}
print(a ^ b)  # expect: {1, 4}
print(a | b == b | a)  # expect: True
print(a - b - {1})  # expect: set()
