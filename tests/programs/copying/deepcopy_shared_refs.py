# deepcopy keeps shared references shared.
import copy
a = [1]
x = [a, a]
y = copy.deepcopy(x)
print(y[0] is y[1])  # expect: True
print(y[0] is a)  # expect: False
y[0].append(2)
print(y)  # expect: [[1, 2], [1, 2]]
print(x)  # expect: [[1], [1]]
