# factorial(30) computed with a loop.
n = 1
for i in range(1, 31):
    n *= i
print(n)  # expect: 265252859812191058636308480000000
print(len(str(n)))  # expect: 33
print(n % 1000000007)  # expect: 109361473
