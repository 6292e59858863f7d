# 'hel' + 'lo' is folded to the constant 'hello'.
s = 'hel' + 'lo'
t = 'hello'
print(s is t)  # expect: True
u = 'ab' * 3
v = 'ababab'
print(u is v)  # expect: True
w = 'hello world!'
z = 'hello world!'
print(w is z)  # expect: True
