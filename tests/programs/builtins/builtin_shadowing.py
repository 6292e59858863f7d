# Built-in names can be shadowed by module variables and restored by del.
print(len('abc'))  # expect: 3
len = 10
print(len)  # expect: 10
del len
print(len('abcd'))  # expect: 4
list = [1, 2]
print(list)  # expect: [1, 2]
list('x')  # expect-error: TypeError: 'list' object is not callable
