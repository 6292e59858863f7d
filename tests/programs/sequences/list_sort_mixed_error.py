lst = [3, 'a', 1]
lst.sort()  # expect-error: TypeError: '<' not supported between instances of 'str' and 'int'
