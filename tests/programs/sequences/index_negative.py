# Negative indices count from the end.
lst = [10, 20, 30, 40]
print(lst[-1], lst[-4])  # expect: 40 10
t = ('a', 'b', 'c')
print(t[-2])  # expect: b
s = 'python'
print(s[-1], s[-6], s[0])  # expect: n p p
print(lst[len(lst) - 1] is lst[-1])  # expect: True
