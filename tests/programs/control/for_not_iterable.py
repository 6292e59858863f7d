count = 3
for i in count:  # expect-error: TypeError: 'int' object is not iterable
    print(i)
