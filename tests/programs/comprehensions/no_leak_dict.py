d = {k: 0 for k in 'ab'}
print(d)  # expect: {'a': 0, 'b': 0}
print(k)  # expect-error: NameError: name 'k' is not defined
