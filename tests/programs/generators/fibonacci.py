# The generator produces one value at a time; its frame keeps a and b
# between calls, so memory stays flat however many values are taken.
import sys
def fibonacci(limit):
    a, b = 0, 1
    for _ in range(limit):
        yield a
        a, b = b, a + b

gen = fibonacci(10)
print(gen.__name__, type(gen).__name__)
print(list(gen))
print(list(gen))
print(sys.getsizeof(fibonacci(10)), sys.getsizeof(fibonacci(10 ** 6)))
print(sum(fibonacci(50)))
# expect: fibonacci generator
# expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
# expect: []
# expect: 232 232
# expect: 20365011073
