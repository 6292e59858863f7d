# Dict equality ignores order.
a = {'x': 1, 'y': 2}
b = {'y': 2, 'x': 1}
print(a == b, a is b)  # expect: True False
print(a == {'x': 1})  # expect: False
print({1: 'a'} == {1.0: 'a'})  # expect: True
print(list(a) == list(b))  # expect: False
