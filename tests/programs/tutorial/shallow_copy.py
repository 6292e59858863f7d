# The tutorial's shallow copy example.
import copy
original_list = [[1, 2], [3, 4]]
shallow_copy = copy.copy(original_list)
shallow_copy[0].append(5)
print(original_list)
print(shallow_copy)
# expect: [[1, 2, 5], [3, 4]]
# expect: [[1, 2, 5], [3, 4]]
