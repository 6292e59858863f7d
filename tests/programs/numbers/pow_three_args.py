# pow(base, exp, mod) computes modular powers.
print(pow(2, 10))  # expect: 1024
print(pow(2, 10, 1000))  # expect: 24
print(pow(3, 200, 13))  # expect: 9
print(pow(-2, 3, 5))  # expect: 2
print(pow(2, -1, 7))  # expect: 4
print(pow(7, 0, 1))  # expect: 0
print(pow(2.0, 3))  # expect: 8.0
print(pow(2, -1))  # expect: 0.5
