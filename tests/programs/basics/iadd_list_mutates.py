# lst += [x] extends the same list object.
lst = [1, 2]
before = lst
lst += [3]
print(lst)  # expect: [1, 2, 3]
print(lst is before)  # expect: True
print(before)  # expect: [1, 2, 3]
lst += (4, 5)
lst += 'ab'
print(lst)  # expect: [1, 2, 3, 4, 5, 'a', 'b']
print(lst is before)  # expect: True
