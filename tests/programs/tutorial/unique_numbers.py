# The tutorial's set of unique numbers: a set keeps one of each value.
import sys
numbers = [1, 2, 2, 3, 4, 4, 5]
unique_numbers = set(numbers)
print(unique_numbers)
print(len(numbers), len(unique_numbers))
print(sys.getsizeof(numbers), sys.getsizeof(unique_numbers))
print(3 in unique_numbers)
# expect: {1, 2, 3, 4, 5}
# expect: 7 5
# expect: 120 728
# expect: True
