# Arithmetic results in the cache range are the cached objects.
k = 10
print(k + 246 is k + 246)  # expect: True
print(k + 247 is k + 247)  # expect: False
n = 100
m = 50 + 50
print(n is m)  # expect: True
big = 1000
print(big + 0 is big)  # expect: False
print(big * 1 is big)  # expect: False
q = 7
print(int(str(q)) is q)  # expect: True
