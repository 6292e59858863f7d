# Fibonacci three ways: naive recursion, a memo dict, and a loop.
calls = 0

def fib_naive(n):
    global calls
    calls += 1
    if n < 2:
        return n
    return fib_naive(n - 1) + fib_naive(n - 2)

memo = {}
def fib_memo(n):
    if n in memo:
        return memo[n]
    if n < 2:
        result = n
    else:
        result = fib_memo(n - 1) + fib_memo(n - 2)
    memo[n] = result
    return result

def fib_loop(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print(fib_naive(12), "calls:", calls)
print(fib_memo(12), len(memo))
print(fib_memo(90))
print(fib_loop(90) == fib_memo(90))
# expect: 144 calls: 465
# expect: 144 13
# expect: 2880067194370816120
# expect: True
