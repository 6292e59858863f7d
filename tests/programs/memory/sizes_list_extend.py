# A list with no array yet is sized exactly by extend, from the length or
# the length hint; one emptied by a slice deletion frees its array, while
# one emptied by pop keeps a block and is then grown as usual.
import sys
l = []
l.extend(range(5))
print(sys.getsizeof(l))  # expect: 104
l = []
l.extend(iter([0, 1, 2, 3, 4]))
print(sys.getsizeof(l))  # expect: 104
l = []
l.extend(x for x in range(5))
print(sys.getsizeof(l))  # expect: 120
l = [9]
l.extend(range(5))
print(sys.getsizeof(l))  # expect: 152
it = iter([1, 2, 3])
next(it)
print(it.__length_hint__())  # expect: 2
x = None
l = [x]
del l[0]
print(sys.getsizeof(l))  # expect: 56
l = [x]
l.remove(None)
print(sys.getsizeof(l))  # expect: 56
l = [1, 2, 3]
l[:] = []
print(sys.getsizeof(l))  # expect: 56
l = [1, 2]
l.pop()
l.pop()
print(sys.getsizeof(l))  # expect: 56
l.extend(range(5))
print(sys.getsizeof(l))  # expect: 120
