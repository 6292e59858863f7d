# fib(200) computed with a loop.
a, b = 0, 1
for _ in range(200):
    a, b = b, a + b
print(a)  # expect: 280571172992510140037611932413038677189525
print(a % 10)  # expect: 5
print(a > 2 ** 127)  # expect: True
