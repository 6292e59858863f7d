def nothing():
    pass
def early(x):
    if x:
        return 'yes'
    return
def pair():
    return 1, 2
print(nothing(), early(1), early(0), pair())
a, b = pair()
print(a + b)
# expect: None yes None (1, 2)
# expect: 3
