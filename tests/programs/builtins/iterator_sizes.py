# sys.getsizeof of the built-in iterators, as CPython 3.11 reports them.
import sys
print(sys.getsizeof(zip([1], [2])), sys.getsizeof(zip()))  # expect: 64 64
print(sys.getsizeof(enumerate([1])), sys.getsizeof(enumerate('ab', 5)))  # expect: 72 72
print(sys.getsizeof(map(str, [1])), sys.getsizeof(filter(None, [1])))  # expect: 48 48
print(sys.getsizeof(reversed([1])), sys.getsizeof(iter(int, 1)))  # expect: 48 48
print(sys.getsizeof(iter([1])), sys.getsizeof(iter((1,))), sys.getsizeof(iter(range(3))))  # expect: 48 48 48
