# Dict reprs use the repr of keys and values.
d = {'quote': "it's", 1.5: [None, True], (1,): {'x': ''}}
print(d)  # expect: {'quote': "it's", 1.5: [None, True], (1,): {'x': ''}}
self_ref = {}
self_ref['me'] = self_ref
print(self_ref)  # expect: {'me': {...}}
print(self_ref['me'] is self_ref)  # expect: True
