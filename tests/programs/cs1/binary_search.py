# Binary search, iterative and recursive, counting comparisons.
def binary_search(items, target):
    lo, hi = 0, len(items) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid, steps
        elif items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

def bsearch_rec(items, target, lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    if items[mid] == target:
        return mid
    if items[mid] < target:
        return bsearch_rec(items, target, mid + 1, hi)
    return bsearch_rec(items, target, lo, mid - 1)

primes = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
for t in [2, 19, 37, 4]:
    print(t, binary_search(primes, t), bsearch_rec(primes, t, 0, len(primes) - 1))
# expect: 2 (0, 3) 0
# expect: 19 (7, 4) 7
# expect: 37 (11, 4) 11
# expect: 4 (-1, 4) None
