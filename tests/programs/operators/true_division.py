# / always returns a float.
print(10 / 2)  # expect: 5.0
print(10 / 4)  # expect: 2.5
print(1 / 3)  # expect: 0.3333333333333333
print(2 / 3)  # expect: 0.6666666666666666
print(-1 / 3)  # expect: -0.3333333333333333
print(type(4 / 2))  # expect: <class 'float'>
big = 10 ** 20
print(big / 10)  # expect: 1e+19
