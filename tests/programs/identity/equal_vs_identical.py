# == compares values; is compares identity.
a = [1, 2, 3]
b = [1, 2, 3]
c = a
print(a == b, a is b)  # expect: True False
print(a == c, a is c)  # expect: True True
b.append(4)
print(a == b)  # expect: False
print(a[0] is b[0])  # expect: True
d = {'k': [1]}
e = {'k': [1]}
print(d == e, d['k'] is e['k'])  # expect: True False
