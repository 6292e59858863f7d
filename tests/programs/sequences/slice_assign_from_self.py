# Assigning a list's own contents into a slice of it.
lst = [1, 2, 3]
lst[1:1] = lst
print(lst)  # expect: [1, 1, 2, 3, 2, 3]
a = [1, 2]
a[:] = a + a
print(a)  # expect: [1, 2, 1, 2]
