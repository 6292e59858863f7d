# break skips the else clause.
n = 0
while n < 10:
    if n == 3:
        break
    n += 1
else:
    print('not printed')
print(n)  # expect: 3
while True:
    n *= 2
    if n > 20:
        break
print(n)  # expect: 24
