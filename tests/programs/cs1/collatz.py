# Collatz sequences: lengths and the longest start below a bound.
def collatz(n):
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    return seq

print(collatz(6))
lengths = {}
for start in range(1, 30):
    lengths[start] = len(collatz(start))
best = max(lengths, key=lengths.get)
print(best, lengths[best])
print(max(collatz(27)))
# expect: [6, 3, 10, 5, 16, 8, 4, 2, 1]
# expect: 27 112
# expect: 9232
