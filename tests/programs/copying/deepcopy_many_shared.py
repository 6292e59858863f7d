# A deep copy of many objects, each reached twice: the memo (a hash table
# keyed by id) keeps every shared reference shared in the copy.
import copy
rows = [[i, i + 1] for i in range(2000)]
grid = rows + rows
dup = copy.deepcopy(grid)
print(len(dup), dup[1999])  # expect: 4000 [1999, 2000]
print(all(dup[i] is dup[i + 2000] for i in range(2000)))  # expect: True
print(any(dup[i] is rows[i] for i in range(2000)))  # expect: False
print(len({id(r) for r in dup}))  # expect: 2000
dup[0].append(2)
print(dup[2000], rows[0])  # expect: [0, 1, 2] [0, 1]
