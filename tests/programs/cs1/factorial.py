# Factorial recursively and iteratively; big integers come for free.
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def fact_iter(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result

for n in [0, 1, 5, 10, 20, 25]:
    print(n, fact(n), fact(n) == fact_iter(n))
digits = str(fact(30))
print(len(digits), sum(int(d) for d in digits))
# expect: 0 1 True
# expect: 1 1 True
# expect: 5 120 True
# expect: 10 3628800 True
# expect: 20 2432902008176640000 True
# expect: 25 15511210043330985984000000 True
# expect: 33 117
