# A true assertion does nothing.
x = 5
assert x == 5
assert x > 0, 'x must be positive'
assert [1]
print('ok')  # expect: ok
