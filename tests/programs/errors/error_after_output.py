# Output printed before the error is kept.
for i in range(3):
    print(i)  # expect: 0
# expect: 1
# expect: 2
lst = [i]
print(lst[i])  # expect-error: IndexError: list index out of range
