# A list slice is a new list holding the same items.
inner = [1]
lst = [inner, 2, 3]
part = lst[:]
print(part == lst, part is lst)  # expect: True False
print(part[0] is inner)  # expect: True
part.append(4)
print(lst)  # expect: [[1], 2, 3]
part[0].append(5)
print(lst)  # expect: [[1, 5], 2, 3]
