# from copy import deepcopy
from copy import deepcopy
data = {'a': [1, {'b': [2]}]}
dup = deepcopy(data)
dup['a'][1]['b'].append(3)
print(data)  # expect: {'a': [1, {'b': [2]}]}
print(dup)  # expect: {'a': [1, {'b': [2, 3]}]}
print(dup['a'][1] is data['a'][1])  # expect: False
