# getsizeof counts the references, not the objects they refer to.
import sys
small = [1, 2]
large = ['x' * 1000, list(range(1000))]
print(sys.getsizeof(small) == sys.getsizeof(large))  # expect: True
print(sys.getsizeof(large))  # expect: 72
print(sys.getsizeof(large[0]))  # expect: 1049
