# Removing from a list while iterating over it skips items.
lst = [1, 2, 2, 3]
for x in lst:
    if x == 2:
        lst.remove(x)
print(lst)  # expect: [1, 2, 3]
nums = [1, 2, 3, 4]
for x in nums[:]:
    nums.remove(x)
print(nums)  # expect: []
