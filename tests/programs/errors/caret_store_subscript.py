# Storing into a tuple fails at the subscript being assigned.
point = (1, 2)
moved = (point[0] + 1, point[1])
print(moved)  # expect: (2, 2)
point[0] = 5
# expect-error: TypeError: 'tuple' object does not support item assignment
