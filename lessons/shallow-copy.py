# title: Shallow copy
# summary: copy.copy makes a new outer list that shares the inner lists.
import copy

original_list = [[1, 2], [3, 4]]
shallow_copy = copy.copy(original_list)
print(original_list is shallow_copy)  # expect: False
print(original_list[0] is shallow_copy[0])  # expect: True
shallow_copy[0].append(5)
print(original_list)  # expect: [[1, 2, 5], [3, 4]]
print(shallow_copy)  # expect: [[1, 2, 5], [3, 4]]
