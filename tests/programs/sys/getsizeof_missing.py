import sys
sys.getsizeof()  # expect-error: TypeError: getsizeof() missing required argument 'object' (pos 1)
