import sys
x = {1}
holder = [x, x]
d = {'k': x}
print(sys.getrefcount(x))  # expect: 5
holder.pop()
print(sys.getrefcount(x))  # expect: 4
