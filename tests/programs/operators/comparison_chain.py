# Chained comparisons: a < b < c means a < b and b < c.
print(1 < 2 < 3)  # expect: True
print(1 < 3 < 2)  # expect: False
print(3 > 2 > 1 > 0)  # expect: True
print(1 < 2 > 0)  # expect: True
x = 5
print(0 <= x < 10)  # expect: True
print(0 <= x < 5)  # expect: False
print(1 == 1.0 == True)  # expect: True
print('a' < 'b' < 'c')  # expect: True
print(1 != 2 != 1)  # expect: True
