# copy.copy makes a new outer list that shares the inner lists.
import copy
original = [[1, 2], [3, 4]]
shallow = copy.copy(original)
print(shallow == original, shallow is original)  # expect: True False
shallow[0].append(5)
print(original)  # expect: [[1, 2, 5], [3, 4]]
print(shallow)  # expect: [[1, 2, 5], [3, 4]]
print(shallow[0] is original[0])  # expect: True
shallow.append([6])
print(original)  # expect: [[1, 2, 5], [3, 4]]
print(len(shallow), len(original))  # expect: 3 2
