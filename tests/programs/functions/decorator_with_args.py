def repeat(n):
    def deco(fn):
        def wrapper(x):
            return [fn(x) for _ in range(n)]
        return wrapper
    return deco

@repeat(3)
def double(x):
    return 2 * x

print(double(5))
# expect: [10, 10, 10]
