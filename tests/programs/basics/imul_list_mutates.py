# lst *= n repeats in place.
lst = [1, 2]
before = lst
lst *= 2
print(lst)  # expect: [1, 2, 1, 2]
print(lst is before)  # expect: True
lst *= 0
print(lst, before)  # expect: [] []
