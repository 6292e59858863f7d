# x if cond else y evaluates only one branch.
n = 7
print('odd' if n % 2 else 'even')  # expect: odd
print('big' if n > 100 else 'small')  # expect: small
print(1 / 0 if False else 'safe')  # expect: safe
a = [1]
b = [2]
c = a if len(a) == 1 else b
print(c is a)  # expect: True
x = -3
print('neg' if x < 0 else 'zero' if x == 0 else 'pos')  # expect: neg
