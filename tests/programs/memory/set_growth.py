# A set's table grows when it is three-fifths full.
import sys
s = set()
print(sys.getsizeof(s))  # expect: 216
sizes = []
for k in range(20):
    s.add(k)
    sizes.append(sys.getsizeof(s))
print(sizes[:5])  # expect: [216, 216, 216, 216, 728]
print(sizes[4:18] == [728] * 14)  # expect: True
print(sizes[17], sizes[18])  # expect: 728 2264
print(sys.getsizeof(frozenset()), sys.getsizeof(frozenset([1, 2, 3])))  # expect: 216 216
