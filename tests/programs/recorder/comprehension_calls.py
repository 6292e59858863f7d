# Comprehensions calling program functions: the list, dict and set being
# built are in the trace as they fill.
def square(x):
    return [x * x]
squares = [square(x) for x in range(3)]
table = {x: square(x) for x in range(2)}
flat = {square(x)[0] for x in range(3)}
print(squares, table, flat)  # expect: [[0], [1], [4]] {0: [0], 1: [1]} {0, 1, 4}
