# Appending to a list while iterating over it visits the new items.
lst = [1, 2]
for x in lst:
    if x < 4:
        lst.append(x + 2)
print(lst)  # expect: [1, 2, 3, 4, 5]
