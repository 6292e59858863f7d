# The tutorial's fibonacci generator: values are produced on demand.
def fibonacci(n):
    a, b = 0, 1
    for _ in range(n):
        yield a
        a, b = b, a + b

for num in fibonacci(10):
    print(num)
# expect: 0
# expect: 1
# expect: 1
# expect: 2
# expect: 3
# expect: 5
# expect: 8
# expect: 13
# expect: 21
# expect: 34
