# sorted() returns a new list from any iterable.
t = (3, 1, 2)
s = sorted(t)
print(s, t)  # expect: [1, 2, 3] (3, 1, 2)
lst = [2, 1]
s2 = sorted(lst)
print(s2 is lst)  # expect: False
print(sorted('cba'))  # expect: ['a', 'b', 'c']
print(sorted({'b': 1, 'a': 2}))  # expect: ['a', 'b']
print(sorted([3, 1, 2], reverse=True))  # expect: [3, 2, 1]
