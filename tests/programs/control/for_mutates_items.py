# Mutating the items the loop variable refers to changes the list's contents.
rows = [[1], [2]]
for row in rows:
    row.append(row[0] * 10)
print(rows)  # expect: [[1, 10], [2, 20]]
nums = [1, 2, 3]
for i in range(len(nums)):
    nums[i] *= 2
print(nums)  # expect: [2, 4, 6]
