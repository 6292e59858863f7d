# A deep copy of many objects, each reached twice: the memo (a hash table
# keyed by id) keeps every shared reference shared in the copy.
import copy
rows = [[i, i + 1] for i in range(20000)]
grid = rows + rows
dup = copy.deepcopy(grid)
print(len(dup), dup[19999])  # expect: 40000 [19999, 20000]
print(all(dup[i] is dup[i + 20000] for i in range(20000)))  # expect: True
print(any(dup[i] is rows[i] for i in range(20000)))  # expect: False
print(len({id(r) for r in dup}))  # expect: 20000
dup[0].append(2)
print(dup[20000], rows[0])  # expect: [0, 1, 2] [0, 1]
