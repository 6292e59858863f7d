s = {1, (2, 3)}
print(len(s))  # expect: 2
s = {1, [2, 3]}  # expect-error: TypeError: unhashable type: 'list'
