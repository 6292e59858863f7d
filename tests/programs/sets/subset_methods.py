# issubset, issuperset and isdisjoint accept any iterable.
a = {1, 2}
print(a.issubset({1, 2, 3}))  # expect: True
print(a.issubset([1]))  # expect: False
print(a.issuperset([2]))  # expect: True
print(a.isdisjoint({3, 4}))  # expect: True
print(a.isdisjoint([2, 5]))  # expect: False
print(set().issubset(a))  # expect: True
