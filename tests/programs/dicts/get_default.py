# get returns None or a default for missing keys.
d = {'a': 1}
print(d.get('a'))  # expect: 1
print(d.get('z'))  # expect: None
print(d.get('z', 0))  # expect: 0
default = []
print(d.get('z', default) is default)  # expect: True
print(d)  # expect: {'a': 1}
