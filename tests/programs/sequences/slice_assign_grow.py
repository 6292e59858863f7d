# Slice assignment can grow the list.
lst = [0, 1, 2]
same = lst
lst[1:2] = ['a', 'b', 'c']
print(lst)  # expect: [0, 'a', 'b', 'c', 2]
lst[0:0] = [-1]
print(lst)  # expect: [-1, 0, 'a', 'b', 'c', 2]
lst[len(lst):] = [99]
print(lst)  # expect: [-1, 0, 'a', 'b', 'c', 2, 99]
print(lst is same)  # expect: True
