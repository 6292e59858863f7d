# The tutorial's deep copy example.
import copy
original_list = [[1, 2], [3, 4]]
deep_copy = copy.deepcopy(original_list)
deep_copy[0].append(5)
print(original_list)
print(deep_copy)
# expect: [[1, 2], [3, 4]]
# expect: [[1, 2, 5], [3, 4]]
