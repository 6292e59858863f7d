# References the diagram does not draw count too: an iterator's reference
# to its list, the list a for loop walks.
import sys
x = []
y = [x, x]
print(sys.getrefcount(y))  # expect: 2
it = iter(y)
print(sys.getrefcount(y))  # expect: 3
del it
print(sys.getrefcount(y))  # expect: 2
for item in [x]:
    print(sys.getrefcount(x))  # expect: 6
print([sys.getrefcount(v) for v in [x]])  # expect: [7]
