# Int keys need the general table, which is larger.
import sys
d = {}
print(sys.getsizeof(d))  # expect: 64
for k in range(12):
    d[k] = 1
    print(len(d), sys.getsizeof(d))  # expect: 1 224
# expect: 2 224
# expect: 3 224
# expect: 4 224
# expect: 5 224
# expect: 6 352
# expect: 7 352
# expect: 8 352
# expect: 9 352
# expect: 10 352
# expect: 11 632
# expect: 12 632
