# in uses identity first, then ==.
a = [1, 2]
lst = [a, [3]]
print([1, 2] in lst)  # expect: True
print(a in lst)  # expect: True
print([3] in lst, [4] in lst)  # expect: True False
nan = float('nan')
print(nan == nan, nan in [nan])  # expect: False True
