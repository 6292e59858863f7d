# Comprehension variables do not leak into the module.
squares = [x * x for x in range(3)]
print(squares)  # expect: [0, 1, 4]
print(x)  # expect-error: NameError: name 'x' is not defined
