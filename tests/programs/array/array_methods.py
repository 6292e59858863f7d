# append, extend, insert, pop, remove, index, count, reverse, tolist.
from array import array
a = array('h', [5, 1])
a.append(7)
a.extend([8, 9])
a.extend(array('h', [1]))
a.insert(0, 0)
a.insert(-1, 4)
print(a)  # expect: array('h', [0, 5, 1, 7, 8, 9, 4, 1])
print(a.pop(), a.pop(0), a)  # expect: 1 0 array('h', [5, 1, 7, 8, 9, 4])
a.remove(1)
print(a, a.index(8), a.count(1), a.count(3))  # expect: array('h', [5, 7, 8, 9, 4]) 2 0 0
a.reverse()
print(a, a.tolist())  # expect: array('h', [4, 9, 8, 7, 5]) [4, 9, 8, 7, 5]
