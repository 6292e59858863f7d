# title: Shallow copy
# summary: copy.copy makes a new outer list that shares the inner lists.
import copy

#: original_list refers to an outer list holding references to two inner lists.
original_list = [[1, 2], [3, 4]]
#: copy.copy builds a new outer list, but fills it with the same references: the inner lists are not copied, each now has refcount 2.
shallow_copy = copy.copy(original_list)
#: The outer lists are two different objects...
print(original_list is shallow_copy)  # expect: False
#: ...but their first items are one and the same inner list.
print(original_list[0] is shallow_copy[0])  # expect: True
#: Appending through shallow_copy[0] mutates that shared inner list in place.
shallow_copy[0].append(5)
#: So the change shows through original_list as well.
print(original_list)  # expect: [[1, 2, 5], [3, 4]]
#? Which of these refer to the list [1, 2, 5]? = original_list[0], shallow_copy[0] ~ original_list[1], shallow_copy[1]
print(shallow_copy)  # expect: [[1, 2, 5], [3, 4]]
