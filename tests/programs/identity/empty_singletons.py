# The empty tuple and the empty string are shared.
e = ()
print(tuple() is e, tuple([]) is e)  # expect: True True
s = ''
print(str() is s, ''.join([]) is s)  # expect: True True
print('abc'[5:] is s)  # expect: True
print([] is [], {} is {})  # expect: False False
x = []
y = []
print(x is y)  # expect: False
