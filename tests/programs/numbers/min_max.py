# min and max with key and default.
print(max([1, 5, 3]), min([1, 5, 3]))  # expect: 5 1
print(max(3, 7, 2), min(3, 7, 2))  # expect: 7 2
print(max('apple', 'fig', 'kiwi', key=len))  # expect: apple
print(min(['bb', 'a', 'cc'], key=len))  # expect: a
print(max([-4, 3, -1], key=abs))  # expect: -4
print(min([], default=0))  # expect: 0
print(max([], default=None))  # expect: None
print(max('hello'))  # expect: o
print(max([1, 2.5, 2]))  # expect: 2.5
print(max([2, 2.0]), max([2.0, 2]))  # expect: 2 2.0
