# list(range), [x] * n, slices and copy() allocate exactly;
# list(a_list) rounds the capacity up to an even number.
import sys
print(sys.getsizeof(list(range(10))))  # expect: 136
print(sys.getsizeof([0] * 10))  # expect: 136
a = []
for i in range(21):
    a.append(i)
print(sys.getsizeof(a))  # expect: 248
print(sys.getsizeof(a[:]))  # expect: 224
print(sys.getsizeof(a.copy()))  # expect: 224
print(sys.getsizeof(list(a)))  # expect: 232
