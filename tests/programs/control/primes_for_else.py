# The classic prime search with for/else.
primes = []
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)  # expect: [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]
