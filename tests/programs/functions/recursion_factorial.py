def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)
print(factorial(5), factorial(30))
print(len(str(factorial(500))))
# expect: 120 265252859812191058636308480000000
# expect: 1135
