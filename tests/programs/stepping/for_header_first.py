# The for header's line event comes before its iterable is evaluated: the
# previous statement's step precedes f's call (rule 1).
def f(y):
    return [y, y + 1]
y = 1
for x in f(y):
    z = x
for j in range(2): t = j
print(z, t)  # expect: 2 1
