d = {'a': 1, 'b': 2}
for k in d:
    print(k)  # expect: a
    d[k + k] = 0  # expect-error: RuntimeError: dictionary changed size during iteration
