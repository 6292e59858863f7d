# Containers hold references: the same object can be reached many ways.
x = [0]
lst = [x, x]
d = {'a': x}
t = (x,)
print(lst[0] is lst[1], d['a'] is t[0])  # expect: True True
x.append(1)
print(lst, d, t)  # expect: [[0, 1], [0, 1]] {'a': [0, 1]} ([0, 1],)
key = 'name'
d2 = {key: 1}
print(list(d2)[0] is key)  # expect: True
