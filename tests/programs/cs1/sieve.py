# Sieve of Eratosthenes with a list of booleans.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return [i for i, flag in enumerate(is_prime) if flag]

primes = sieve(60)
print(primes)
print(len(primes), sum(primes))
twins = [(a, b) for a, b in zip(primes, primes[1:]) if b - a == 2]
print(twins)
# expect: [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59]
# expect: 17 440
# expect: [(3, 5), (5, 7), (11, 13), (17, 19), (29, 31), (41, 43)]
