# append over-allocates: the size jumps at capacities 4, 8, 16, 24.
import sys
a = []
for i in range(21):
    a.append(i)
    print(len(a), sys.getsizeof(a))  # expect: 1 88
# expect: 2 88
# expect: 3 88
# expect: 4 88
# expect: 5 120
# expect: 6 120
# expect: 7 120
# expect: 8 120
# expect: 9 184
# expect: 10 184
# expect: 11 184
# expect: 12 184
# expect: 13 184
# expect: 14 184
# expect: 15 184
# expect: 16 184
# expect: 17 248
# expect: 18 248
# expect: 19 248
# expect: 20 248
# expect: 21 248
