# Assignment binds a name; rebinding does not change the old object.
x = [1, 2]
y = x
x = [3]
print(x)  # expect: [3]
print(y)  # expect: [1, 2]
print(x is y)  # expect: False
n = 10
n = n + 5
print(n)  # expect: 15
