# deepcopy through lists, dicts, tuples and sets.
import copy
shared = [0]
data = {'t': (shared, 1), 'l': [shared], 's': {1, 2}}
dup = copy.deepcopy(data)
print(dup == data)  # expect: True
print(dup['t'][0] is dup['l'][0])  # expect: True
print(dup['t'][0] is shared, dup['s'] is data['s'])  # expect: False False
dup['l'][0].append(1)
print(dup['t'])  # expect: ([0, 1], 1)
print(data['t'])  # expect: ([0], 1)
