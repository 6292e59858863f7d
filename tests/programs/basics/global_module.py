# global at module level is allowed and changes nothing.
global counter
counter = 1
counter += 1
print(counter)  # expect: 2
global a, b
a = b = 0
print(a, b)  # expect: 0 0
