# The results of set difference and symmetric difference are built as
# CPython builds them: a big set less a small one is a copy (sized for
# its items) with the small one's items discarded; a ^ b starts from b.
import sys
big = set(range(20))
one = set()
one.add(1)
print(sys.getsizeof(big))  # expect: 2264
print(sys.getsizeof(big - one))  # expect: 1240
print(sys.getsizeof(big ^ one))  # expect: 2264
print(sys.getsizeof(one - big), one - big)  # expect: 216 set()
print(sys.getsizeof(big.difference([1, 2])))  # expect: 1240
s = set(range(40))
s -= set(range(30))
print(sys.getsizeof(s), s)  # expect: 2264 {30, 31, 32, 33, 34, 35, 36, 37, 38, 39}
s = set(range(40))
s &= {1, 2, 3}
print(sys.getsizeof(s), s)  # expect: 216 {1, 2, 3}
print({33, 1, 17, 9})  # expect: {33, 17, 9, 1}
print({33, 1, 17, 9} ^ set())  # expect: {33, 1, 17, 9}
