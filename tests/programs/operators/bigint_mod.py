# Modular arithmetic on a big int.
big = 2 ** 1000
print(big % 1000007)  # expect: 783922
print(pow(2, 1000, 1000007))  # expect: 783922
print(len(str(big)))  # expect: 302
print(str(big)[:10])  # expect: 1071508607
print(big // 2 ** 998)  # expect: 4
