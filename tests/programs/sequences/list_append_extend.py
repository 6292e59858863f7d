# append adds one object; extend adds each item of an iterable.
lst = [1]
lst.append([2, 3])
print(lst)  # expect: [1, [2, 3]]
lst.extend([4, 5])
print(lst)  # expect: [1, [2, 3], 4, 5]
lst.extend('ab')
lst.extend((6,))
lst.extend(range(7, 9))
print(lst)  # expect: [1, [2, 3], 4, 5, 'a', 'b', 6, 7, 8]
print(lst.append(0))  # expect: None
other = [9]
lst.append(other)
print(lst[-1] is other)  # expect: True
