import sys
sys.getsizeof(1, 2, 3)  # expect-error: TypeError: getsizeof() takes at most 2 arguments (3 given)
