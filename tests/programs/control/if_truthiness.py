# Conditions use truthiness.
values = [[], [0], '', 'a', 0, 0.5, None, {}]
for v in values:
    if v:
        print(repr(v), 'truthy')  # expect: [0] truthy
# expect: 'a' truthy
# expect: 0.5 truthy
x = None
if x is None:
    print('none')  # expect: none
if not x:
    pass
else:
    print('unreachable')
