a, b = 0, 1
for i in range(2000):
    a, b = b, a + b
print(len(str(a)))
f = 1
for i in range(1, 400):
    f *= i
print(f % 1000000007)
