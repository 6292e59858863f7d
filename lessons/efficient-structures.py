# title: Choosing a structure: list or set
# summary: A set keeps each value once and finds it by hash, and a list over-allocates as it grows; sys.getsizeof shows what each costs.
# detail: full
import sys

numbers = [3, 1, 3, 2, 1, 3]
#: set(numbers) builds a new set and adds each item of the list to it. A value that is already there is not added again, so the set holds each distinct value once.
unique = set(numbers)
#: A set has no order of its own: it prints in the order of its hash table, which for these small ints happens to be sorted.
print(len(numbers), len(unique), unique)  # expect: 6 3 {1, 2, 3}
#: 2 in numbers compares 2 with the items one by one (3, 1, 3, then 2), so its cost grows with the length of the list. 2 in unique computes hash(2) and goes straight to the slot that hash points to, so its cost hardly depends on the size of the set.
print(2 in numbers, 2 in unique)  # expect: True True
#: The speed costs memory: the set keeps a hash table with free slots. sys.getsizeof counts only the container itself (its header and its slots), not the ints it refers to.
print(sys.getsizeof(numbers), sys.getsizeof(unique))  # expect: 104 216
items = []
#: An empty list has no slots yet: 56 bytes is just the list header.
print(sys.getsizeof(items))  # expect: 56
#: The first append does not make room for one item but for 4: 4 slots of 8 bytes each, so the list grows to 88 bytes.
items.append(0)
print(sys.getsizeof(items))  # expect: 88
#: extend adds three more items. They fit in the spare slots, so the list is not resized: still 88 bytes for 4 items.
items.extend([1, 2, 3])
print(len(items), sys.getsizeof(items))  # expect: 4 88
#: Now the list is full. This append grows it to 8 slots, 56 + 8 * 8 = 120 bytes, leaving room for 3 more. Growing ahead of need is what keeps append fast on average.
items.append(4)
print(len(items), sys.getsizeof(items))  # expect: 5 120
