# Lists, tuples and strings compare lexicographically.
print([1, 2] < [1, 3])  # expect: True
print((1, 2) < (1, 2, 0))  # expect: True
print([2] > [1, 99])  # expect: True
print('abc' < 'abd')  # expect: True
print('ab' < 'abc')  # expect: True
print('Z' < 'a')  # expect: True
print([1, 2] == [1, 2])  # expect: True
print((1,) == [1])  # expect: False
print([] < [0])  # expect: True
print((1, 'a') < (1, 'b'))  # expect: True
