# deepcopy returns strings, numbers and None unchanged.
import copy
s = 'hello world'
big = 2 ** 100
print(copy.deepcopy(s) is s)  # expect: True
print(copy.deepcopy(big) is big)  # expect: True
print(copy.deepcopy(None) is None)  # expect: True
lst = [s, big]
dup = copy.deepcopy(lst)
print(dup is lst, dup[0] is s, dup[1] is big)  # expect: False True True
