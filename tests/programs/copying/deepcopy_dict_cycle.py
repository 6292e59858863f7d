# deepcopy of a dict that contains itself.
import copy
d = {'name': 'root'}
d['self'] = d
e = copy.deepcopy(d)
print(e)  # expect: {'name': 'root', 'self': {...}}
print(e['self'] is e, e is d)  # expect: True False
print(e['name'] is d['name'])  # expect: True
