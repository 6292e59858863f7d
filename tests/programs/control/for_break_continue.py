# break and continue in for loops.
result = []
for i in range(10):
    if i % 3 == 0:
        continue
    if i > 7:
        break
    result.append(i)
print(result)  # expect: [1, 2, 4, 5, 7]
print(i)  # expect: 8
