# A list display of three or more constants after folding (-3 is one) is
# built from a constant tuple: capacity 4, 88 bytes.
import sys
nums = [-3, 2, -1]
big = [2 ** 10, -1, 'a' * 2]
mixed = [-3, 2, nums]
print(sys.getsizeof(nums), sys.getsizeof(big), sys.getsizeof(mixed))  # expect: 88 88 80
