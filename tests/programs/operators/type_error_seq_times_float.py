print([1] * 2)  # expect: [1, 1]
print([1] * 1.5)  # expect-error: TypeError: can't multiply sequence by non-int of type 'float'
