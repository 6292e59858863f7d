# An object held only by a list has one reference (plus the argument).
import sys
c = [[]]
print(sys.getrefcount(c[0]))  # expect: 2
inner = c[0]
print(sys.getrefcount(inner))  # expect: 3
c.clear()
print(sys.getrefcount(inner))  # expect: 2
d = {'k': []}
print(sys.getrefcount(d['k']))  # expect: 2
