# Starred targets always collect a list.
first, *rest = [1, 2, 3, 4]
print(first, rest)  # expect: 1 [2, 3, 4]
*init, last = (1, 2, 3)
print(init, last)  # expect: [1, 2] 3
a, *mid, b = 'hello'
print(a, mid, b)  # expect: h ['e', 'l', 'l'] o
x, *empty = [7]
print(x, empty)  # expect: 7 []
print(type(empty))  # expect: <class 'list'>
*everything, = range(3)
print(everything)  # expect: [0, 1, 2]
