# list(obj) gets the iterator first, then asks __len__ once for the size
# (list_extend's length hint).
import sys
class L:
    def __len__(self):
        print('len')
        return 2
    def __iter__(self):
        print('iter')
        return iter([1, 2])
x = list(L())  # expect: iter
# expect: len
print(x, sys.getsizeof(x))  # expect: [1, 2] 72
