# Copying an immutable object through its constructor returns it unchanged.
t = (1, 2)
print(tuple(t) is t, t[:] is t)  # expect: True True
s = 'hello world'
print(str(s) is s, s[:] is s)  # expect: True True
fs = frozenset([1, 2])
print(frozenset(fs) is fs)  # expect: True
n = 5000
print(int(n) is n)  # expect: True
lst = [1, 2]
print(list(lst) is lst, lst[:] is lst)  # expect: False False
