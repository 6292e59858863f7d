print(sorted([2, 1]))  # expect: [1, 2]
sorted([1, None])  # expect-error: TypeError: '<' not supported between instances of 'NoneType' and 'int'
