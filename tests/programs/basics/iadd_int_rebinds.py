# n += 1 rebinds n to a new int.
n = 1000
m = n
n += 1
print(n, m)  # expect: 1001 1000
print(n is m)  # expect: False
k = 5
k -= 5
print(k)  # expect: 0
