# copy.deepcopy copies the inner lists too.
import copy
original = [[1, 2], [3, 4]]
deep = copy.deepcopy(original)
deep[0].append(5)
print(original)  # expect: [[1, 2], [3, 4]]
print(deep)  # expect: [[1, 2, 5], [3, 4]]
print(deep[0] is original[0], deep[1] is original[1])  # expect: False False
print(deep[1] == original[1])  # expect: True
