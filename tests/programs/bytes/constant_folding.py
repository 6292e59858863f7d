# The compiler folds operations on bytes constants, as CPython 3.11's does,
# and equal constants in one file are one object.
x = b'ab' * 2
y = b'abab'
print(x is y, b'a' + b'b' is b'ab', b'abc'[0], b'abc'[0] is 97)  # expect: True True 97 True
big = b'x' * 5000
other = b'x' * 5000
print(big is other, len(big))  # expect: False 5000
small = b'x' * 4096
print(small is b'x' * 4096)  # expect: True
