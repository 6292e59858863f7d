# del on slices, including extended slices.
lst = list(range(10))
del lst[2:4]
print(lst)  # expect: [0, 1, 4, 5, 6, 7, 8, 9]
del lst[::2]
print(lst)  # expect: [1, 5, 7, 9]
del lst[-2:]
print(lst)  # expect: [1, 5]
keep = lst
del lst[:]
print(keep, keep is lst)  # expect: [] True
