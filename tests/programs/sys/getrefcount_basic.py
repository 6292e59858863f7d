import sys
x = []
print(sys.getrefcount(x))  # expect: 2
y = x
print(sys.getrefcount(x))  # expect: 3
print(sys.getrefcount([]))  # expect: 1
del y
print(sys.getrefcount(x))  # expect: 2
