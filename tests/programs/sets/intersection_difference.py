# intersection, difference and symmetric_difference.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a.intersection(b))  # expect: {3, 4}
print(a.difference(b))  # expect: {1, 2}
print(b.difference(a))  # expect: {5}
print(a.symmetric_difference(b))  # expect: {1, 2, 5}
print(a.intersection([4, 9]))  # expect: {4}
print(a)  # expect: {1, 2, 3, 4}
a.intersection_update(b)
print(a)  # expect: {3, 4}
a.difference_update({3})
print(a)  # expect: {4}
