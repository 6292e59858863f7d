# remove deletes the first equal item.
lst = [1, 2, 3, 2]
lst.remove(2)
print(lst)  # expect: [1, 3, 2]
lst.remove(2)
print(lst)  # expect: [1, 3]
names = ['a', 'b']
print(names.remove('a'))  # expect: None
lst.remove(7)  # expect-error: ValueError: list.remove(x): x not in list
