# The loop variable stays bound after the loop and rebinding it inside
# does not affect the iteration.
for i in range(3):
    i = i * 10
print(i)  # expect: 20
items = [1, 2, 3]
for x in items:
    x = 0
print(items)  # expect: [1, 2, 3]
for row in [[1], [2]]:
    row.append(0)
print(row)  # expect: [2, 0]
