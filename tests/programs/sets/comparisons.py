# Set comparisons are subset tests.
a = {1, 2}
b = {1, 2, 3}
print(a < b, a <= b, b > a, b >= a)  # expect: True True True True
print(a < a, a <= a)  # expect: False True
print({1, 4} < b, {1, 4} > b)  # expect: False False
print(a == {2, 1})  # expect: True
print(a != b)  # expect: True
