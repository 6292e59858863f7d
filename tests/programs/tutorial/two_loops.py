# The tutorial's two loops: building a list of every number first, or
# taking numbers from range one at a time.
import sys
squares = [i ** 2 for i in range(1000)]
total = 0
for square in squares:
    total += square
print(total, sys.getsizeof(squares))
total = 0
for i in range(1000):
    total += i ** 2
print(total, sys.getsizeof(range(1000)))
# expect: 332833500 8856
# expect: 332833500 48
