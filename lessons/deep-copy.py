# title: Deep copy
# summary: copy.deepcopy copies the inner lists too, and keeps shared references and cycles as they were.
import copy

original_list = [[1, 2], [3, 4]]
#: deepcopy builds a new outer list and, recursively, a new list for every inner list. The ints are immutable, so the copy refers to the same int objects instead of copying them.
deep_copy = copy.deepcopy(original_list)
print(original_list[0] is deep_copy[0])  # expect: False
#: deep_copy[0] is its own list, so appending to it leaves the original alone.
deep_copy[0].append(5)
print(original_list, deep_copy)  # expect: [[1, 2], [3, 4]] [[1, 2, 5], [3, 4]]
inner = [0]
#: pair holds the same inner list twice: inner's refcount is 3 (inner, pair[0], pair[1]).
pair = [inner, inner]
#: deepcopy remembers every object it has copied in a memo dict, keyed by id. The second time it meets inner it reuses the first copy, so the copy has one new inner list, held twice, just like the original.
pair_copy = copy.deepcopy(pair)
print(pair_copy[0] is pair_copy[1], pair_copy[0] is inner)  # expect: True False
loop = []
#: A list can contain itself: loop[0] refers back to loop, a reference cycle.
loop.append(loop)
#: The memo also stops deepcopy from recursing forever. It records the new list before copying the items, so when it meets loop again it uses that new list: the copy is a cycle of its own.
loop_copy = copy.deepcopy(loop)
print(loop_copy[0] is loop_copy, loop_copy is loop)  # expect: True False
