print([1] + [2])  # expect: [1, 2]
print([1] + (2,))  # expect-error: TypeError: can only concatenate list (not "tuple") to list
