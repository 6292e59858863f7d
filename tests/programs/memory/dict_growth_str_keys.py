# A dict grows in steps as str keys are added.
import sys
d = {}
print(sys.getsizeof(d))  # expect: 64
for k in 'abcdefghijkl':
    d[k] = 1
    print(len(d), sys.getsizeof(d))  # expect: 1 184
# expect: 2 184
# expect: 3 184
# expect: 4 184
# expect: 5 184
# expect: 6 272
# expect: 7 272
# expect: 8 272
# expect: 9 272
# expect: 10 272
# expect: 11 464
# expect: 12 464
