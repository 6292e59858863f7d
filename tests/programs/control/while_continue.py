# continue jumps to the next test of the condition.
n = 0
odds = []
while n < 10:
    n += 1
    if n % 2 == 0:
        continue
    odds.append(n)
print(odds)  # expect: [1, 3, 5, 7, 9]
